package archive

// Layout lists the files of an unpacked ModelKit.
func Layout(files map[string][]byte) []string {
	out := make([]string, 0, len(files))
	for name := range files {
		out = append(out, name)
	}
	return out
}
