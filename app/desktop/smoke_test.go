package desktop

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The desktop smoke test drives the real binary in a real window. It needs
// GLOSS_BIN (the built binary) and an X display (make test-desktop runs it
// under xvfb-run); GLOSS_DOCS, when set, is where the screenshot is kept.

func smokeEnv(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("GLOSS_BIN")
	if bin == "" || os.Getenv("DISPLAY") == "" {
		t.Skip("set GLOSS_BIN and run under an X display (make test-desktop)")
	}
	for _, tool := range []string{"xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (make deps installs it)", tool)
		}
	}
	return bin
}

// Ensure that the window opens with the library, holds the library against
// a second process, and is brought forward instead of opened twice.
func TestDesktop_Smoke(t *testing.T) {
	bin := smokeEnv(t)
	db := filepath.Join(t.TempDir(), "library.db")
	seed := filepath.Join("..", "..", "..", "shared", "corpus", "seed", "asharq-al-awsat-2-articles.txt")
	if _, err := os.Stat(seed); err == nil {
		if out, err := exec.Command(bin, "--db", db, "import", seed).CombinedOutput(); err != nil {
			t.Fatalf("gloss import: %v\n%s", err, out)
		}
	} else {
		t.Logf("corpus absent (%s): the window is tested with an empty library", seed)
	}

	ctx, cancel := context.WithCancel(context.Background())
	win := exec.CommandContext(ctx, bin, "--db", db)
	var logs bytes.Buffer
	win.Stdout, win.Stderr = &logs, &logs
	if err := win.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); win.Wait() })
	waitForWindow(t, "Gloss", &logs)

	t.Run("not blank", func(t *testing.T) {
		// The page renders some seconds after the window maps, more on a
		// loaded machine: look until it shows, then keep that picture.
		n := 0
		for deadline := time.Now().Add(40 * time.Second); time.Now().Before(deadline); time.Sleep(time.Second) {
			if n = colours(screenshot(t)); n >= 40 {
				break
			}
		}
		if n < 40 {
			t.Errorf("the window shows %d colours, want a rendered page (at least 40)", n)
		}
	})

	t.Run("second process is refused quickly", func(t *testing.T) {
		start := time.Now()
		out, err := exec.Command(bin, "--db", db, "import", seed).CombinedOutput()
		if err == nil || !strings.Contains(string(out), "open in another Gloss window") {
			t.Errorf("gloss import while the window is open: %v %s; want the library-open error", err, out)
		}
		if d := time.Since(start); d > 4*time.Second {
			t.Errorf("refusal took %v, want about 2s", d)
		}
	})

	t.Run("second window hands over and exits", func(t *testing.T) {
		ctx, stop := context.WithTimeout(context.Background(), 15*time.Second)
		defer stop()
		if out, err := exec.CommandContext(ctx, bin, "--db", db).CombinedOutput(); ctx.Err() != nil {
			t.Errorf("second window did not exit: %v %s", err, out)
		}
		if err := win.Process.Signal(syscall.Signal(0)); err != nil {
			t.Errorf("first window exited: %s", logs.String())
		}
	})

	t.Run("keyboard and mouse reach the page", func(t *testing.T) {
		if _, err := os.Stat(seed); err != nil {
			t.Skip("needs the seed articles")
		}
		// Click into the page to give the webview focus, then favourite
		// the first article with the keyboard as a user would: j, s.
		id := windowID(t, "Gloss")
		xdo(t, "mousemove", "--window", id, "400", "300")
		xdo(t, "click", "1")
		time.Sleep(500 * time.Millisecond)
		xdo(t, "key", "--clearmodifiers", "Escape", "j", "s")
		time.Sleep(2 * time.Second)
		cancel() // the window holds the library; a favourite is saved at once
		win.Wait()
		out, err := exec.Command(bin, "--db", db, "list", "--view", "favourites", "--json").CombinedOutput()
		if err != nil {
			t.Fatalf("gloss list: %v %s", err, out)
		}
		if !bytes.Contains(out, []byte(`"favourite": true`)) && !bytes.Contains(out, []byte(`"favourite":true`)) {
			t.Errorf("after j, s in the window no article is a favourite: %s\nwindow output:\n%s", out, logs.String())
		}
	})
}

func windowID(t *testing.T, name string) string {
	t.Helper()
	out, err := exec.Command("xdotool", "search", "--onlyvisible", "--name", name).Output()
	if err != nil {
		t.Fatalf("xdotool search %q: %v", name, err)
	}
	return strings.Fields(string(out))[0]
}

func xdo(t *testing.T, args ...string) {
	t.Helper()
	if out, err := exec.Command("xdotool", args...).CombinedOutput(); err != nil {
		t.Fatalf("xdotool %v: %v %s", args, err, out)
	}
}

func waitForWindow(t *testing.T, name string, logs *bytes.Buffer) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if out, err := exec.Command("xdotool", "search", "--name", name).Output(); err == nil && len(bytes.TrimSpace(out)) > 0 {
			return
		}
		time.Sleep(300 * time.Millisecond)
	}
	t.Fatalf("no window named %q after 30s; output:\n%s", name, logs.String())
}

// screenshot takes the whole X screen and keeps it in GLOSS_DOCS when set.
func screenshot(t *testing.T) image.Image {
	t.Helper()
	data, err := exec.Command("import", "-window", "root", "png:-").Output()
	if err != nil {
		t.Fatalf("import -window root: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("decode screenshot: %v", err)
	}
	if dir := os.Getenv("GLOSS_DOCS"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, "desktop.png"), data, 0o644); err != nil {
			t.Errorf("keep screenshot: %v", err)
		}
	}
	return img
}

// colours counts distinct colours on a grid of samples: a blank or
// single-colour window has a handful, a rendered page with text many.
func colours(img image.Image) int {
	seen := map[[3]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
		}
	}
	return len(seen)
}
