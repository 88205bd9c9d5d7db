/** Vocabulary of the "multi-environment" item: the detection rows its check reads, as data. */
/** Matrix axes that vary the language, runtime or a key library: one row per ecosystem. */
export const VERSION_AXES: { name: RegExp; label: string }[] = [
  { name: /^(python|pythons|py|pyv|pyver|py[-_]?ver|py[-_]?version|python[-_]?(version|versions|ver))$/i, label: 'Python versions' },
  { name: /^(node|nodejs|node[-_]?(version|versions|ver))$/i, label: 'Node.js versions' },
  { name: /^(go|golang|go[-_]?(version|versions))$/i, label: 'Go versions' },
  { name: /^(java|jdk|(java|jdk)[-_]?(version|versions))$/i, label: 'Java versions' },
  { name: /^(r|r[-_]?(version|versions))$/i, label: 'R versions' },
  { name: /^(ruby|ruby[-_]?(version|versions))$/i, label: 'Ruby versions' },
  { name: /^(rust|toolchain|rust[-_]?(version|toolchain))$/i, label: 'Rust toolchains' },
  { name: /^(torch|pytorch|tensorflow|tf|jax|(torch|pytorch|tensorflow|tf|jax)[-_]?(ver|version|versions))$/i, label: 'ML framework versions' },
  { name: /^(numpy|pandas|scikit[-_]learn|sklearn|transformers|django|pydantic|(numpy|pandas|pydantic)[-_]?version)$/i, label: 'library versions' },
  { name: /^(dotnet|php|julia|elixir|otp|scala|deno|bun|(dotnet|php|julia|elixir|otp|scala)[-_]?(version|versions))$/i, label: 'runtime versions' },
  { name: /^(resolution|deps|dependencies|dependency[-_]versions|requirements)$/i, label: 'dependency sets' },
];

/** Setup actions whose version input, when it reads `matrix.<axis>`, makes that axis a version axis. */
export const SETUP_ACTIONS: { uses: RegExp; label: string }[] = [
  { uses: /^(actions\/setup-python|astral-sh\/setup-uv|conda-incubator\/setup-miniconda|mamba-org\/setup-micromamba|prefix-dev\/setup-pixi)$/i, label: 'Python versions' },
  { uses: /^(actions\/setup-node|pnpm\/action-setup|oven-sh\/setup-bun|denoland\/setup-deno)$/i, label: 'Node.js versions' },
  { uses: /^actions\/setup-go$/i, label: 'Go versions' },
  { uses: /^actions\/setup-java$/i, label: 'Java versions' },
  { uses: /^r-lib\/actions\/setup-r$/i, label: 'R versions' },
  { uses: /^ruby\/setup-ruby$/i, label: 'Ruby versions' },
  { uses: /^(dtolnay\/rust-toolchain|actions-rs\/toolchain|actions-rust-lang\/setup-rust-toolchain)$/i, label: 'Rust toolchains' },
  { uses: /^(actions\/setup-dotnet|shivammathur\/setup-php|julia-actions\/setup-julia|erlef\/setup-beam)$/i, label: 'runtime versions' },
];

/** Axes that vary the operating system when `runs-on` uses them. */
export const OS_AXIS = /^(os|platform|platforms|runner|runners|runs[-_]on|os[-_]version|operating[-_]system|image)$/i;

/** Runner labels by operating-system family. */
export const OS_FAMILIES: { label: RegExp; family: string }[] = [
  { label: /^(ubuntu|linux)/i, family: 'Linux' },
  { label: /^windows/i, family: 'Windows' },
  { label: /^macos/i, family: 'macOS' },
];
