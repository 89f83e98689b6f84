package org.openoqs.app.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop HTTP/1.1 load with keep-alive: each of C connections sends a request, waits for the answer, records
 * its latency and sends the next at once, so C requests are always in flight. A connection the server closes (e.g.
 * Tomcat's keep-alive request limit) is reopened. Each connection slot lives on one event loop for good, so its
 * histogram is only ever touched by that thread; windows are cut by tasks run on those loops. Bodies come from a
 * {@link RequestSource}; a connection whose source is used up stops sending ({@link #drained()}).
 */
final class ClosedLoopLoad implements LoadDriver {
    /** A request not answered within this is an error (and its connection is replaced). */
    private static final int READ_TIMEOUT_SECONDS = 30;
    static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(1);

    private final URI base;
    private final LoadTarget target;
    private final RequestSource source;
    private final Consumer<String> correctBodies;
    private final EventLoopGroup group;
    private final Bootstrap bootstrap;
    private final List<Slot> slots = new ArrayList<>();
    private final LongAdder completed = new LongAdder();
    private final AtomicInteger drainedSlots = new AtomicInteger();
    private volatile boolean running = true;

    ClosedLoopLoad(URI base, LoadTarget target, RequestSource source, int connections, int threads) {
        this(base, target, source, null, connections, threads);
    }

    /** @param correctBodies gets the body of every correct answer (e.g. the challenges to sign); null for none */
    ClosedLoopLoad(URI base, LoadTarget target, RequestSource source, Consumer<String> correctBodies, int connections,
                   int threads) {
        this.base = base;
        this.target = target;
        this.source = source;
        this.correctBodies = correctBodies;
        this.group = new NioEventLoopGroup(threads);
        this.bootstrap = new Bootstrap().channel(NioSocketChannel.class).option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000);
        for (int i = 0; i < connections; i++) slots.add(new Slot(group.next(), i));
    }

    /** Opens every connection and starts the loop on each; fails if the server cannot be reached at all. */
    @Override
    public void start() throws InterruptedException {
        for (Slot slot : slots) slot.connect().sync();
    }

    /** Responses (correct or not) so far, for the live rate. */
    @Override
    public long completed() {
        return completed.sum();
    }

    /** Whether every connection has stopped because the source is used up (its last answer is in). */
    boolean drained() {
        return drainedSlots.get() == slots.size();
    }

    /** Ends the current window on every connection and returns what it measured, merged. */
    @Override
    public Window cut() throws InterruptedException {
        Histogram merged = new Histogram(HIGHEST_MICROS, 3);
        long errors = 0;
        String firstError = null;
        for (Slot slot : slots) {
            try {
                Window w = slot.loop.submit(slot::cut).get();
                merged.add(w.latencies());
                errors += w.errors();
                if (firstError == null) firstError = w.firstError();
            } catch (ExecutionException e) {
                throw new IllegalStateException("cannot read a connection's window", e.getCause());
            }
        }
        return new Window(merged, merged.getTotalCount(), errors, firstError);
    }

    @Override
    public void close() {
        running = false;
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** One connection's place in the loop: its event loop, key choice and the current window's numbers. */
    private final class Slot {
        final EventLoop loop;
        final SplittableRandom random;
        Histogram latencies = new Histogram(HIGHEST_MICROS, 3);
        long errors;
        String firstError;
        boolean drained;

        Slot(EventLoop loop, int index) {
            this.loop = loop;
            this.random = new SplittableRandom(index * 7919L + 17);
        }

        io.netty.channel.ChannelFuture connect() {
            return bootstrap.clone(loop).handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    ch.pipeline().addLast(new ReadTimeoutHandler(READ_TIMEOUT_SECONDS), new HttpClientCodec(),
                            new HttpObjectAggregator(16 * 1024 * 1024), new Exchange(Slot.this));
                }
            }).connect(base.getHost(), base.getPort());
        }

        Window cut() {
            Window w = new Window(latencies, latencies.getTotalCount(), errors, firstError);
            latencies = new Histogram(HIGHEST_MICROS, 3);
            errors = 0;
            firstError = null;
            return w;
        }

        void error(String what) {
            errors++;
            if (firstError == null) firstError = what;
        }

        /** The next request, or null when the source is used up. */
        FullHttpRequest nextRequest() {
            byte[] body = source.next(random);
            if (body == null) {
                if (!drained) {
                    drained = true;
                    drainedSlots.incrementAndGet();
                }
                return null;
            }
            FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.valueOf(target.method()),
                    target.path(), Unpooled.wrappedBuffer(body));
            request.headers().set(HttpHeaderNames.HOST, base.getHost() + ":" + base.getPort());
            if (target.contentType() != null) {
                request.headers().set(HttpHeaderNames.CONTENT_TYPE, target.contentType())
                        .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            }
            return request;
        }
    }

    /** The request/response loop on one connection. */
    private final class Exchange extends SimpleChannelInboundHandler<FullHttpResponse> {
        private final Slot slot;
        private long sentAt;
        private boolean awaiting;

        Exchange(Slot slot) {
            this.slot = slot;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            send(ctx.channel());
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
            long micros = (System.nanoTime() - sentAt) / 1000;
            awaiting = false;
            completed.increment();
            String problem = problem(response);
            if (problem == null) {
                slot.latencies.recordValue(Math.min(micros, HIGHEST_MICROS));
                if (correctBodies != null) correctBodies.accept(response.content().toString(StandardCharsets.UTF_8));
            } else {
                slot.error(problem);
            }
            if (HttpUtil.isKeepAlive(response)) send(ctx.channel());
            else ctx.close(); // reopened in channelInactive
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (awaiting) slot.error("connection closed before the answer");
            if (running) slot.connect().addListener(f -> {
                if (!f.isSuccess() && running) slot.error("reconnect failed: " + f.cause());
            });
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (awaiting) {
                completed.increment();
                slot.error(cause.getClass().getSimpleName() + ": " + cause.getMessage());
                awaiting = false;
            }
            ctx.close();
        }

        private void send(Channel channel) {
            if (!running) return;
            FullHttpRequest request = slot.nextRequest();
            if (request == null) return;
            awaiting = true;
            sentAt = System.nanoTime();
            channel.writeAndFlush(request);
        }

        private String problem(FullHttpResponse response) {
            ByteBuf body = response.content();
            if (response.status().code() != target.expectedStatus()) {
                return "HTTP " + response.status().code() + ": " + excerpt(body);
            }
            for (byte[] marker : target.expected()) {
                if (ByteBufUtil.indexOf(Unpooled.wrappedBuffer(marker), body) < 0) {
                    return "unexpected body (no " + new String(marker, StandardCharsets.UTF_8) + "): " + excerpt(body);
                }
            }
            return null;
        }

        private String excerpt(ByteBuf body) {
            String text = body.toString(StandardCharsets.UTF_8);
            return text.length() <= 300 ? text : text.substring(0, 300) + "…";
        }
    }
}
