package dev.kairos.loaders;

import dev.kairos.task.CommandBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.ConditionParser;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskFileTest {
    @TempDir
    Path dir;

    private TaskDefinition read(String text) throws BadFile {
        return TaskFile.read(dir.resolve("fetch.task"), text, ConditionParser.standard(),
                getClass().getClassLoader()).tasks().get(0);
    }

    private LoadProblem problem(String text) {
        BadFile e = assertThrows(BadFile.class, () -> read(text));
        return e.problems().get(0);
    }

    @Test
    void every_scheduling_key_is_read() throws BadFile {
        TaskDefinition d = read("""
                # fetch the feed
                name = fetch-feed
                start = daily after 08:00
                end = time of day after 18:00
                execution = main
                timeout = 2 hours
                priority = 7
                disabled = true
                multilaunch = true
                phase = scheduled
                param.url = https://example.org/feed
                command = /usr/bin/true
                """);
        assertEquals("fetch-feed", d.name());
        assertEquals("daily after 08:00", d.start());
        assertEquals("time of day after 18:00", d.end());
        assertEquals(Execution.MAIN, d.execution());
        assertEquals(Duration.ofHours(2), d.timeout());
        assertEquals(7, d.priority());
        assertTrue(d.disabled());
        assertTrue(d.multilaunch());
        assertEquals(Map.of("url", "https://example.org/feed"), d.parameters());
    }

    @Test
    void the_name_defaults_to_the_file_name_and_the_rest_to_the_session() throws BadFile {
        TaskDefinition d = read("command=/usr/bin/true\n");
        assertEquals("fetch", d.name());
        assertNull(d.start());
        assertNull(d.execution());
        assertNull(d.timeout());
    }

    @Test
    void a_command_has_its_arguments_workdir_and_environment() throws BadFile {
        CommandBody c = assertInstanceOf(CommandBody.class, read("""
                command = rsync
                args = -a "my files/" dest
                env.LANG = C
                """).body());
        assertEquals(List.of("rsync", "-a", "my files/", "dest"), c.argv());
        assertEquals(dir.toAbsolutePath(), c.workingDirectory(), "the task file's directory by default");
        assertEquals(Map.of("LANG", "C"), c.environment());

        CommandBody numbered = assertInstanceOf(CommandBody.class, read("""
                command = cp
                arg.10 = to
                arg.2 = from
                workdir = .
                """).body());
        assertEquals(List.of("cp", "from", "to"), numbered.argv(), "in the order of the numbers");
    }

    @Test
    void shell_is_used_only_when_asked() throws BadFile {
        CommandBody c = assertInstanceOf(CommandBody.class, read("command = echo $HOME | wc -c\nshell = true\n").body());
        assertEquals(List.of("sh", "-c", "echo $HOME | wc -c"), c.argv());
        assertEquals(List.of("echo", "$HOME"), ((CommandBody) read("command=echo\nargs=$HOME\n").body()).argv());
    }

    @Test
    void a_bad_condition_names_the_file_the_key_and_shows_a_caret() {
        LoadProblem p = problem("command = /usr/bin/true\nstart = daily aftr 08:00\n");
        assertEquals(dir.resolve("fetch.task"), p.file());
        assertEquals(2, p.line());
        assertEquals(15, p.column());
        assertEquals("key 'start': found 'aftr', expected one of '&', '|', 'before', 'after', 'between', "
                + "'starting', 'on', end of input; did you mean 'after'?\n"
                + "  start = daily aftr 08:00\n"
                + "                ^^^^", p.message());
    }

    @Test
    void an_unknown_key_suggests_the_nearest_known_one() {
        LoadProblem p = problem("command = /usr/bin/true\nstrat = daily\n");
        assertEquals(2, p.line());
        assertEquals(1, p.column());
        assertTrue(p.message().startsWith("unknown key 'strat'; did you mean 'start'?"), p.message());
        assertTrue(problem("command=x\nparm.url = y\n").message().contains("did you mean 'param.url'?"));
    }

    @Test
    void a_bad_value_says_what_is_accepted() {
        assertEquals("key 'priority': found 'high', expected an integer such as 0, 10 or -5",
                problem("command=x\npriority = high\n").message());
        assertTrue(problem("command=x\ntimeout = 2 hourz\n").message().startsWith("key 'timeout': found"));
        assertTrue(problem("command=x\nexecution = fiber\n").message().endsWith("expected main, thread, process"));
    }

    @Test
    void process_execution_is_mapped_by_name_so_it_works_once_the_core_has_it() {
        try {
            Execution process = Execution.valueOf("PROCESS");
            assertEquals(process, TaskFile.execution("process"));
        } catch (IllegalArgumentException notYet) {
            LoadProblem p = problem("command=x\nexecution = process\n");
            assertTrue(p.message().contains("no child-JVM execution yet"), p.message());
        }
    }

    @Test
    void a_task_is_a_command_or_a_method_not_both_nor_neither() {
        assertTrue(problem("command=x\nclass=java.lang.Object\nmethod=x\n").message().contains("not both"));
        assertTrue(problem("start=daily\n").message().startsWith("no 'command' and no 'class'"));
    }

    @Test
    void a_method_reference_is_resolved_on_the_class_path_when_the_file_is_read() throws BadFile {
        dev.kairos.task.TaskBody body = read("class=dev.kairos.loaders.Jobs\nmethod=count\n").body();
        assertInstanceOf(dev.kairos.task.MethodBody.class, body);
        assertEquals("count", ((dev.kairos.task.MethodBody) body).method().getName());
        assertTrue(problem("class=dev.kairos.loaders.Jobs\nmethod=cuont\n").message()
                .contains("did you mean 'count'?"));
        assertTrue(problem("class=dev.kairos.loaders.Nope\nmethod=count\n").message()
                .startsWith("class 'dev.kairos.loaders.Nope' is not on the session's classpath"));
    }

    @Test
    void a_half_written_file_is_rejected() {
        assertTrue(problem("   \n").message().contains("still being written"));
        assertTrue(problem("start = daily after 08:00\ncomm").message().contains("unknown key 'comm'"));
        assertTrue(problem("command = x\nargs = \"unfinished").message().contains("is not closed"));
        assertTrue(problem("command = x\nstart = daily \\").message().contains("line continuation"));
    }
}
