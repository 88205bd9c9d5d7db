/** Dockerfiles: which paths are Dockerfiles. */
export function isDockerfile(p: string): boolean {
  const base = p.slice(p.lastIndexOf('/') + 1);
  return /^(Dockerfile|Containerfile)([.-][\w.-]+)?$/i.test(base) || /\.(Dockerfile|dockerfile|containerfile)$/.test(base);
}
