// Package pack writes a model directory (weights, config, dataset manifest) as a tar layer with
// fixed timestamps and ordering, so the same input always gives the same digest.
package pack

import (
	"archive/tar"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"
)

var epoch = time.Unix(0, 0)

// Pack writes the files of dir into the tar file out, sorted and with zeroed times.
func Pack(dir, out string) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer f.Close()
	tw := tar.NewWriter(f)
	var files []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		tw.WriteHeader(&tar.Header{Name: rel, Mode: 0o644, Size: int64(len(data)), ModTime: epoch})
		tw.Write(data)
	}
	return tw.Close()
}

// Unpack extracts the tar file in into dir.
func Unpack(in, dir string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	tr := tar.NewReader(f)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, h.Name)
		os.MkdirAll(filepath.Dir(dst), 0o755)
		w, err := os.Create(dst)
		if err != nil {
			return err
		}
		io.Copy(w, tr)
		w.Close()
	}
}
