package dev.kairos.loaders;

import dev.kairos.task.TaskDefinition;
import java.util.List;
import java.util.Map;

/** What one version of one file defines: tasks, and session parameters ({@code @Parameter} methods). */
record FileTasks(List<TaskDefinition> tasks, Map<String, Object> parameters) {
    FileTasks {
        tasks = List.copyOf(tasks);
        parameters = Map.copyOf(parameters);
    }

    List<String> names() {
        return tasks.stream().map(TaskDefinition::name).toList();
    }
}
