package dev.kairos.examples.readme;

import dev.kairos.examples.readme.ReadmeBlocks.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java sources one README block becomes. A type declared at the top of the block (a whole class) is a
 * source file as it is; the rest of the block (statements) is the body of a method of a class of its own. Two
 * liberties make README's fragments compile: a body written {@code { ... }} (left to the reader) throws, and
 * a fragment whose last statement has no {@code ;} gets one. Imports in the block apply to all its sources.
 */
final class BlockSource {
    private static final Pattern TYPE = Pattern.compile(
            "\\s*(?:(?:public|protected|private|abstract|final|static|sealed|non-sealed|strictfp)\\s+)*"
            + "(?:class|interface|enum|record|@interface)\\s+(\\w+).*");
    private static final Pattern IMPORT = Pattern.compile("\\s*import\\s+(static\\s+)?[\\w.]+(\\.\\*)?\\s*;\\s*");
    private static final Pattern ELIDED_BODY = Pattern.compile("\\{\\s*\\.\\.\\.\\s*}");
    private static final String THROWING_BODY = "{ throw new UnsupportedOperationException(); }";

    private BlockSource() {
    }

    /** A source file: its top-level class, its lines, and for each line the README line it comes from (0: none). */
    record Unit(String className, Block block, List<String> lines, List<Integer> readmeLines) {
        String text() {
            return String.join("\n", lines) + "\n";
        }

        /** The README line of a line of this source (1-based), or 0 when the harness wrote that line. */
        int readmeLine(long line) {
            return line >= 1 && line <= readmeLines.size() ? readmeLines.get((int) line - 1) : 0;
        }
    }

    /** The sources of a block, each starting with the {@code imports} (lines of the harness). */
    static List<Unit> of(Block block, List<String> imports) {
        List<String> lines = block.lines().stream().map(l -> ELIDED_BODY.matcher(l).replaceAll(THROWING_BODY)).toList();
        List<Integer> blockImports = new ArrayList<>();
        List<List<Integer>> types = new ArrayList<>();
        List<String> typeNames = new ArrayList<>();
        List<Integer> fragment = new ArrayList<>();
        JavaText text = new JavaText();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String declared = text.depth() == 0 ? typeDeclaredFrom(lines, i) : null;
            if (text.depth() == 0 && IMPORT.matcher(line).matches()) {
                blockImports.add(i);
                text.read(line);
            } else if (declared != null) {
                List<Integer> declaration = new ArrayList<>();
                int opened = text.opened();
                do {
                    declaration.add(i);
                    text.read(lines.get(i));
                } while (!(text.opened() > opened && text.depth() == 0) && ++i < lines.size());
                types.add(declaration);
                typeNames.add(declared);
            } else {
                fragment.add(i);
                text.read(line);
            }
        }

        List<Unit> units = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            Source source = new Source(block, imports, lines, blockImports);
            types.get(t).forEach(source::add);
            units.add(source.unit(typeNames.get(t)));
        }
        List<String> fragmentLines = fragment.stream().map(lines::get).toList();
        int[] last = JavaText.lastCode(fragmentLines);
        if (last != null) {
            String className = "ReadmeBlockAtLine" + block.fenceLine();
            Source source = new Source(block, imports, lines, blockImports);
            source.glue("final class " + className + " {");
            source.glue("    void run() throws Exception {");
            for (int f = 0; f < fragment.size(); f++) {
                String line = fragmentLines.get(f);
                if (f == last[0] && line.charAt(last[1]) != ';' && line.charAt(last[1]) != '}') {
                    line = line.substring(0, last[1] + 1) + ";" + line.substring(last[1] + 1);
                }
                source.add(fragment.get(f), line);
            }
            source.glue("    }");
            source.glue("}");
            units.add(source.unit(className));
        }
        return units;
    }

    /** The name of the type declared from line {@code i} on (after annotations on lines of their own), or null. */
    private static String typeDeclaredFrom(List<String> lines, int i) {
        int j = i;
        while (j < lines.size() && lines.get(j).strip().startsWith("@") && !TYPE.matcher(lines.get(j)).matches()) {
            j++;
        }
        Matcher type = j < lines.size() ? TYPE.matcher(lines.get(j)) : null;
        return type != null && type.matches() ? type.group(1) : null;
    }

    private static final class Source {
        private final Block block;
        private final List<String> blockLines;
        private final List<String> lines = new ArrayList<>();
        private final List<Integer> readmeLines = new ArrayList<>();

        Source(Block block, List<String> imports, List<String> blockLines, List<Integer> blockImports) {
            this.block = block;
            this.blockLines = blockLines;
            imports.forEach(this::glue);
            blockImports.forEach(this::add);
        }

        void glue(String line) {
            lines.add(line);
            readmeLines.add(0);
        }

        void add(int index) {
            add(index, blockLines.get(index));
        }

        void add(int index, String line) {
            lines.add(line);
            readmeLines.add(block.lineOf(index));
        }

        Unit unit(String className) {
            return new Unit(className, block, List.copyOf(lines), List.copyOf(readmeLines));
        }
    }
}
