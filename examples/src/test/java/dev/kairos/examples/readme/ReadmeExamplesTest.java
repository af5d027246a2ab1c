package dev.kairos.examples.readme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kairos.examples.readme.ReadmeBlocks.Block;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of the repository's README.md compiles against the modules' classes, as a reader
 * would paste it: a whole class as it is, statements inside a method, the API packages imported. A block that is
 * not Java (pseudo-code, output) is fenced as {@code ```text} instead.
 */
class ReadmeExamplesTest {
    private static final Path README = Path.of("..", "README.md");

    @TempDir
    Path classes;

    @TestFactory
    List<DynamicTest> every_java_block_of_the_readme_compiles() throws IOException {
        List<String> readme = Files.readAllLines(README);
        List<Block> blocks = ReadmeBlocks.javaBlocks(readme);
        assertFalse(blocks.isEmpty(), "README.md has no ```java block");
        Map<Block, List<String>> errors = ReadmeCompiler.errors("README.md", blocks, System.getProperty("java.class.path"),
                Path.of("target"), classes);

        List<DynamicTest> tests = new ArrayList<>();
        for (Block block : blocks) {
            tests.add(DynamicTest.dynamicTest("README.md:" + block.fenceLine() + " " + heading(readme, block),
                    () -> failOn(errors.get(block), "the ```java block at README.md:" + block.fenceLine()
                            + " does not compile against the modules' API (names README leaves to the reader are in "
                            + ReadmeNames.class.getSimpleName() + ")")));
        }
        tests.add(DynamicTest.dynamicTest("the harness's own lines",
                () -> failOn(errors.get(null), "the harness's imports or wrapping do not compile")));
        return tests;
    }

    private static void failOn(List<String> errors, String what) {
        if (!errors.isEmpty()) {
            fail(what + ":\n" + String.join("\n", errors));
        }
    }

    /** The title of the README section holding the block. */
    private static String heading(List<String> readme, Block block) {
        for (int i = block.fenceLine() - 1; i >= 0; i--) {
            if (readme.get(i).startsWith("#")) {
                return "(" + readme.get(i).replaceFirst("^#+\\s*", "") + ")";
            }
        }
        return "";
    }
}
