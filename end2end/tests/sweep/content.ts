import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

// The pages that content makes, read from the same files the server loads, so a
// new module step or assessment question is swept without touching this list.
const CONTENT = join(__dirname, "..", "..", "..", "content");

/** Every step of every module: `/modules/{module}/steps/{step}`. */
export function moduleStepPages(): string[] {
  const pages: string[] = [];
  for (const module of readdirSync(join(CONTENT, "modules"), { withFileTypes: true })) {
    if (!module.isDirectory()) continue;
    const lines = readFileSync(join(CONTENT, "modules", module.name, "fi.toml"), "utf8").split("\n");
    lines.forEach((line, i) => {
      const id = line.match(/^id\s*=\s*"([^"]+)"/)?.[1];
      if (id && lines[i - 1]?.trim() === "[[steps]]") pages.push(`/modules/${module.name}/steps/${id}`);
    });
    pages.push(`/modules/${module.name}`, `/modules/${module.name}/done`);
  }
  return pages;
}

/** The assessment frameworks, by the folder each lives in. */
export function frameworks(): string[] {
  return readdirSync(join(CONTENT, "assessments"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/** Every question of the full assessment: `/skills/{framework}/questions/{statement}`. */
export function questionPages(framework: string): string[] {
  const text = readFileSync(join(CONTENT, "assessments", framework, "fi.toml"), "utf8");
  const statements = text.split(/^\[statements\]$/m)[1]?.split(/^\[/m)[0] ?? "";
  return [...statements.matchAll(/^"([^"]+)"\s*=/gm)].map((m) => `/skills/${framework}/questions/${m[1]}`);
}

/** Each module's first step, with its start and done pages: the module player's page frame in every shape. */
export function firstStepOfEachModule(): string[] {
  const pages = moduleStepPages();
  const modules = [...new Set(pages.map((path) => path.split("/")[2]))];
  return modules.flatMap((module) => {
    const own = pages.filter((path) => path.split("/")[2] === module);
    return [own.find((path) => path.includes("/steps/"))!, `/modules/${module}`, `/modules/${module}/done`];
  });
}
