package dev.kairos.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.examples.readme.ReadmeBlocks.Block;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README harness on a Markdown text of its own: what it compiles, and where it says a block fails. */
class ReadmeCompilerTest {
    private static final List<String> MARKDOWN = List.of(
            "# Example",                                                            // 1
            "```java",                                                              // 2
            "public class Greeter {",                                               // 3
            "    public String greet(String name) { ... }     // left to the reader", // 4
            "}",                                                                    // 5
            "",                                                                     // 6
            "String s = \"a { brace\" + '}';   /* } */",                            // 7
            "Condition c = Condition.parse(\"daily after 08:00\");",                // 8
            "new Greeter().greet(s)   // no semicolon: the harness adds it",        // 9
            "```",                                                                  // 10
            "```text",                                                              // 11
            "not Java at all {",                                                    // 12
            "```",                                                                  // 13
            "```java",                                                              // 14
            "Session session = Session.builder().noSuchOption(3).build();",         // 15
            "session.start();",                                                     // 16
            "```");                                                                 // 17

    @TempDir
    Path classes;

    @Test
    void whole_classes_fragments_and_elided_bodies_compile_and_an_error_names_its_line() {
        List<Block> blocks = ReadmeBlocks.javaBlocks(MARKDOWN);
        assertEquals(List.of(2, 14), blocks.stream().map(Block::fenceLine).toList());

        Map<Block, List<String>> errors = ReadmeCompiler.errors("EXAMPLE.md", blocks, System.getProperty("java.class.path"),
                Path.of("target"), classes);

        assertEquals(List.of(), errors.get(blocks.get(0)));
        assertEquals(List.of("""
                EXAMPLE.md:15: cannot find symbol
                  symbol:   method noSuchOption(int)
                  location: class dev.kairos.SessionBuilder
                    15 | Session session = Session.builder().noSuchOption(3).build();
                       |                                    ^
                """), errors.get(blocks.get(1)));
        assertEquals(List.of(), errors.get(null));
    }
}
