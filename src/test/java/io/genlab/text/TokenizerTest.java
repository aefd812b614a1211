package io.genlab.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** What the tokenizer does with prompts: words, ids, padding, the empty prompt and unknown words. */
class TokenizerTest {
    private static final Tokenizer T = new Tokenizer(Tokenizer.vocabularyOf(List.of(
            "a large purple circle to the left of a small yellow triangle", "a small red letter k at the top")));

    @Test
    void theVocabularyIsEveryWordOfTheCaptionsSortedAfterTheSpecialTokens() {
        assertEquals(List.of("a", "at", "circle", "k", "large", "left", "letter", "of", "purple", "red", "small", "the", "to",
                "top", "triangle", "yellow"), T.vocabulary());
        assertEquals(3 + 16, T.size());
        assertEquals(Tokenizer.PAD, T.token(0));
        assertEquals(Tokenizer.UNKNOWN, T.token(1));
        assertEquals(Tokenizer.EMPTY, T.token(2));
        assertEquals("a", T.token(3));
        assertThrows(IllegalArgumentException.class, () -> T.token(19));
    }

    @Test
    void aPromptRoundTripsThroughIdsWithPaddingAfterIt() {
        Tokenizer.Tokens t = T.encode("A purple circle, left of the Triangle!");
        assertEquals(List.of("a", "purple", "circle", "left", "of", "the", "triangle"), t.tokens());
        int[] ids = t.ids();
        assertEquals(Tokenizer.MAX_TOKENS, ids.length);
        assertEquals(3 + T.vocabulary().indexOf("purple"), ids[1]);
        for (int i = 7; i < ids.length; i++) assertEquals(Tokenizer.PAD_ID, ids[i]);
        assertEquals("a purple circle left of the triangle", T.decode(ids));
        assertTrue(t.unknown().isEmpty());
    }

    @Test
    void unknownWordsAreKeptAsUnknownTokensAndReported() {
        Tokenizer.Tokens t = T.encode("a green circle near a square");
        assertEquals(List.of("green", "near", "square"), t.unknown());
        assertEquals(6, t.length(), "no word is dropped");
        assertEquals("a <unk> circle <unk> a <unk>", T.decode(t.ids()));
        assertFalse(t.allUnknown());
        assertTrue(T.encode("green squares nearby").allUnknown());
    }

    @Test
    void theEmptyPromptIsOneEmptyToken() {
        for (String empty : List.of("", "  ", "?!")) {
            Tokenizer.Tokens t = T.encode(empty);
            assertEquals(List.of(Tokenizer.EMPTY), t.tokens());
            assertEquals(Tokenizer.EMPTY_ID, t.ids()[0]);
            assertEquals(Tokenizer.PAD_ID, t.ids()[1]);
            assertFalse(t.allUnknown());
        }
    }

    @Test
    void aTooLongPromptAndABadVocabularyAreClearErrors() {
        String long33 = "a ".repeat(33);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> T.encode(long33));
        assertTrue(e.getMessage().contains("33 words") && e.getMessage().contains("at most 32"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Tokenizer(List.of("a", "a")));
        assertThrows(IllegalArgumentException.class, () -> new Tokenizer(List.of("Red")));
        assertThrows(IllegalArgumentException.class, () -> new Tokenizer(List.of("two words")));
    }
}
