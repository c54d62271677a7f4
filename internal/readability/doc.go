// Package readability measures how hard a page is to read, so that
// `signaal check` can hold each page to the level its readers need: a
// 14-year-old, a reader with a mild intellectual disability, a worried
// parent.
//
// It uses the two formulas Dutch and English editors know: Flesch–Douma
// for Dutch (Douma's 1960 adaptation of Flesch) and Flesch Reading Ease
// for English. Both reward short sentences and short words; higher is
// easier. They are blunt instruments (they cannot tell a common long word
// from a rare short one), which is why the thresholds are floors, not
// targets, and why professionals' pages are only reported.
//
// Syllables are counted by rule, not by dictionary: Dutch spelling maps
// vowel groups to syllables closely (with a short list of vowel sequences
// that are one sound, and the diaeresis that splits them), and English
// gets the usual silent-e and -ed/-es rules. No Go library offers Dutch
// syllable counts; hyphenation patterns would count syllables of compounds
// no better for this purpose and add a pattern file to the binary.
package readability
