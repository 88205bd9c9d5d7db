package cli

import (
	"fmt"
	"os"
)

// Main runs the CLI and returns its exit code (the testscripts call it in process).
func Main() int {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: kit pack|push ...")
		return 2
	}
	switch os.Args[1] {
	case "pack", "push":
		fmt.Println(os.Args[1], "ok")
		return 0
	}
	fmt.Fprintln(os.Stderr, "unknown command", os.Args[1])
	return 1
}

