package archive

import (
	"testing"

	"golang.org/x/tools/txtar"
)

func TestLayout(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/layout.txtar")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, f := range ar.Files {
		files[f.Name] = f.Data
	}
	if got := len(Layout(files)); got != 2 {
		t.Fatalf("got %d files", got)
	}
}
