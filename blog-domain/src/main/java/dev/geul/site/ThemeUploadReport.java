package dev.geul.site;

import java.util.List;

/**
 * What an upload stored: the theme, whether it replaced one of the same name, and the zip's files that are no part
 * of a theme and were left out.
 */
public record ThemeUploadReport(ThemeSummary theme, boolean replaced, List<LeftOutFile> leftOut) {
}
