package dev.kairos.examples.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code ```java} blocks of a Markdown file. */
final class ReadmeBlocks {
    private ReadmeBlocks() {
    }

    /** One block: the line of its opening fence (1-based) and its lines, which follow that line. */
    record Block(int fenceLine, List<String> lines) {
        /** The file's line number of the block's line {@code index} (0-based). */
        int lineOf(int index) {
            return fenceLine + 1 + index;
        }
    }

    /** Every block whose info string is {@code java} (any case, with or without attributes after it). */
    static List<Block> javaBlocks(List<String> markdown) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < markdown.size(); i++) {
            String fence = markdown.get(i).strip();
            if (!fence.startsWith("```")) {
                continue;
            }
            int end = i + 1;
            while (end < markdown.size() && !markdown.get(end).strip().startsWith("```")) {
                end++;
            }
            String info = fence.substring(3).strip().toLowerCase(Locale.ROOT);
            if (info.equals("java") || info.startsWith("java ")) {
                blocks.add(new Block(i + 1, List.copyOf(markdown.subList(i + 1, Math.min(end, markdown.size())))));
            }
            i = end;
        }
        return blocks;
    }
}
