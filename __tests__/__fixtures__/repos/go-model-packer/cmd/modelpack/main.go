package main

import (
	"fmt"
	"os"

	"github.com/example/modelpack/pkg/pack"
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: modelpack pack|unpack <src> <dst>")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "pack":
		err = pack.Pack(os.Args[2], os.Args[3])
	case "unpack":
		err = pack.Unpack(os.Args[2], os.Args[3])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
