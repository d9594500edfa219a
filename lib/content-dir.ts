import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseDocument } from "yaml";
import {
  assembleBank,
  isDraftTopicId,
  parseContentFile,
  type ContentBank,
  type ParsedContentFile,
} from "@/lib/content";

/**
 * Reads and validates every `content/<topic>/*.yaml` file below `root` (the repository). Node only. Draft topics'
 * folders are read only when asked (`content:check -- --drafts`), so the app and the seed never see them.
 */
export async function readContentDir(root: string, { drafts = false } = {}): Promise<ContentBank> {
  const contentDir = path.join(root, "content");
  const files: ParsedContentFile[] = [];
  const topics = await readdir(contentDir, { withFileTypes: true });
  const wanted = topics.filter((d) => d.isDirectory() && (drafts || !isDraftTopicId(d.name)));
  for (const topic of wanted.sort((a, b) => a.name.localeCompare(b.name))) {
    const names = (await readdir(path.join(contentDir, topic.name))).filter((n) => /\.ya?ml$/.test(n)).sort();
    for (const name of names) {
      const relative = `content/${topic.name}/${name}`;
      files.push(parseYamlContent(relative, await readFile(path.join(root, relative), "utf8")));
    }
  }
  return assembleBank(files);
}

export function parseYamlContent(file: string, text: string): ParsedContentFile {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    return {
      questions: [],
      flashcards: [],
      issues: [
        { file, id: null, field: "(yaml)", message: `YAML syntax: ${first?.message.split("\n")[0] ?? "unreadable"}` },
      ],
    };
  }
  return parseContentFile(file, doc.toJS());
}
