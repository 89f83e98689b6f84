package org.openoqs.app.intake;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap through GC notifications while some work runs: the most heap ever occupied (just before a
 * collection) and the largest live set (just after one). The live set is what has to fit in {@code -Xmx}; the
 * occupancy also counts garbage not yet collected, so it mostly shows how large the young generation was allowed to grow.
 */
public final class HeapWatcher implements AutoCloseable {
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onNotification;

    private HeapWatcher() {}

    /** Starts watching; the current occupancy counts as the first sample. */
    public static HeapWatcher start() {
        HeapWatcher watcher = new HeapWatcher();
        watcher.sampleNow();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(watcher.listener, null, null);
                watcher.emitters.add(emitter);
            }
        }
        return watcher;
    }

    /** The most heap occupied, garbage included, seen so far. */
    public long peakUsedBytes() {
        sampleNow();
        return peakUsed.get();
    }

    /** The largest heap left after a collection: the live data the work needed at once (0 if no GC ran). */
    public long peakLiveBytes() { return peakLive.get(); }

    private void sampleNow() {
        peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    }

    private void onNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) return;
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
        peakUsed.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
        peakLive.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
    }

    /** The GC reports every memory pool; only the heap pools (not metaspace or the code cache) are summed. */
    private static long heapUsed(Map<String, MemoryUsage> pools) {
        long sum = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != java.lang.management.MemoryType.HEAP) continue;
            MemoryUsage usage = pools.get(pool.getName());
            if (usage != null) sum += usage.getUsed();
        }
        return sum;
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // Already gone: nothing to undo.
            }
        }
    }
}
