package script

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/example/kit/internal/cli"
)

func TestMain(m *testing.M) {
	os.Exit(testscript.RunMain(m, map[string]func() int{"kit": cli.Main}))
}

func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{Dir: "testdata/script"})
}
