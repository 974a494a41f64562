package dev.geul.search;

import java.util.List;

/** How many matching posts each category, tag and year has; the largest first (years: newest first). */
public record SearchFacets(List<FacetCount> categories, List<FacetCount> tags, List<FacetCount> years) {

    public static final SearchFacets NONE = new SearchFacets(List.of(), List.of(), List.of());
}
