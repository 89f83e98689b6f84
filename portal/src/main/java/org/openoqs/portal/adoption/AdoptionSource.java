package org.openoqs.portal.adoption;

import java.util.List;
import org.openoqs.core.adoption.InstitutionAdoption;

/**
 * Where the dashboard's institutions come from. Every source bean is asked in {@link #order()}; records of the same
 * 医療機関等コード from several sources are merged, each stage taking its earliest date (name, type and mandate come
 * from the first source that knows the institution). A source should return the same list instance while its data
 * is unchanged, so the dashboard can keep its snapshot.
 */
public interface AdoptionSource {
    /** The institutions this source knows, with the stages it can date. */
    List<InstitutionAdoption> institutions();

    /** Lower first; the first source to know an institution names it. */
    int order();
}
