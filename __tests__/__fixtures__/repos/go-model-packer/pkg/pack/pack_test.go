package pack

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func writeModel(t *testing.T) string {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "model.safetensors"), []byte("weights"), 0o644)
	os.WriteFile(filepath.Join(dir, "config.json"), []byte(`{"layers": 2}`), 0o644)
	return dir
}

func TestPackUnpackRoundTrip(t *testing.T) {
	src := writeModel(t)
	layer := filepath.Join(t.TempDir(), "model.tar")
	if err := Pack(src, layer); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	if err := Unpack(layer, out); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(out, "model.safetensors"))
	if string(got) != "weights" {
		t.Fatalf("unpacked weights = %q", got)
	}
}

func TestRepackIsByteIdentical(t *testing.T) {
	src := writeModel(t)
	a, b := filepath.Join(t.TempDir(), "a.tar"), filepath.Join(t.TempDir(), "b.tar")
	Pack(src, a)
	Pack(src, b)
	x, _ := os.ReadFile(a)
	y, _ := os.ReadFile(b)
	if !bytes.Equal(x, y) {
		t.Fatal("packing the same model twice gave different bytes")
	}
}
