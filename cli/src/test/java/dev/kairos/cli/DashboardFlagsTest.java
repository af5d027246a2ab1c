package dev.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kairos run --dashboard}: what it refuses, before any task runs. */
class DashboardFlagsTest {
    @TempDir
    Path dir;

    @Test
    void a_non_loopback_address_without_a_token_is_refused() throws Exception {
        Path tasks = Files.createDirectory(dir.resolve("tasks"));
        Cli r = Cli.run("run", tasks.toString(), "--dashboard", "0.0.0.0:0");
        assertEquals(Main.BAD_INPUT, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("--dashboard 0.0.0.0:0"), r.err());
    }

    @Test
    void an_address_without_a_port_is_refused_saying_what_is_accepted() throws Exception {
        Path tasks = Files.createDirectory(dir.resolve("tasks"));
        Cli r = Cli.run("run", tasks.toString(), "--dashboard", "localhost");
        assertEquals(Main.BAD_INPUT, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("--dashboard 'localhost' is not HOST:PORT; give e.g. 127.0.0.1:8080"), r.err());
    }

    @Test
    void a_token_file_that_cannot_be_read_is_refused_by_name() throws Exception {
        Path tasks = Files.createDirectory(dir.resolve("tasks"));
        Cli r = Cli.run("run", tasks.toString(), "--dashboard", "0.0.0.0:0", "--dashboard-token-file",
                dir.resolve("missing").toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("--dashboard-token-file " + dir.resolve("missing") + " cannot be read"), r.err());
    }

    @Test
    void kairos_dashboard_needs_one_task_log_that_exists_and_a_safe_address() throws Exception {
        Cli none = Cli.run("dashboard");
        assertEquals(Main.BAD_INPUT, none.code(), none.out() + none.err());
        assertTrue(none.err().contains("give the task log to show: a CSV file"), none.err());
        Cli both = Cli.run("dashboard", "--log", "a.csv", "--db", "jdbc:postgresql://localhost/x");
        assertEquals(Main.BAD_INPUT, both.code());
        assertTrue(both.err().contains("--log and --db both name a task log; give one"), both.err());
        Path missing = dir.resolve("missing.csv");
        Cli absent = Cli.run("dashboard", "--log", missing.toString());
        assertEquals(Main.BAD_INPUT, absent.code());
        assertTrue(absent.err().contains("cannot read the task log '" + missing + "': no such file"), absent.err());
        Path log = Files.writeString(dir.resolve("tasks.csv"), "created,task,action\n");
        Cli open = Cli.run("dashboard", "--log", log.toString(), "--bind", "0.0.0.0:0");
        assertEquals(Main.BAD_INPUT, open.code());
        assertTrue(open.err().contains("--bind 0.0.0.0:0"), open.err());
        Cli port = Cli.run("dashboard", "--log", log.toString(), "--bind", "127.0.0.1:70000");
        assertEquals(Main.BAD_INPUT, port.code());
        assertTrue(port.err().contains("--bind '127.0.0.1:70000' is not HOST:PORT"), port.err());
    }
}
