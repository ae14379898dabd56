// Package extractbench scores article extraction the way the
// article-extraction benchmark scores it: both texts are cut into words,
// every run of ShingleSize consecutive words is a shingle, true and false
// positives and negatives are counted over the two multisets and divided by
// their sum (so every page weighs the same), precision and recall are
// averaged over pages, and F1 is taken of the two averages.
//
// It also loads the test corpus folders the scoring runs on. It knows no
// parser: callers (the extractbench command, the parsers' tests) bring the
// extracted texts. It is a development tool, not part of the app.
package extractbench
