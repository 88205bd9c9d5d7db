//go:build registry

package registry

import (
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestRegistry(t *testing.T) {
	testscript.Run(t, testscript.Params{Dir: "testdata"})
}
