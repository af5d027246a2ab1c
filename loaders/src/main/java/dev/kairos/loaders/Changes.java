package dev.kairos.loaders;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one sync changed in the session, and the files it (re)judged: problems, or none for loaded. */
final class Changes {
    final List<String> added = new ArrayList<>();
    final List<String> replaced = new ArrayList<>();
    final List<String> removed = new ArrayList<>();
    /** Files whose state this sync decided: their problems now (empty: loaded, or deleted). */
    final Map<Path, List<LoadProblem>> judged = new LinkedHashMap<>();
}
