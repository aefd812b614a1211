package io.genlab.ui.shell;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkSettingsTest {
    private static final List<String> NAMES = List.of("steps", "sampler", "play");

    @Test
    void readsGoodValuesAndNullForMissingOnes() {
        LinkSettings s = new LinkSettings("v", Map.of("steps", " 40 ", "sampler", "DDIM", "play", "True"), NAMES);
        assertEquals(40, s.integer("steps", 1, 100));
        assertEquals("ddim", s.choice("sampler", List.of("ddim", "ddpm")), "spelled as the choices are");
        assertEquals(true, s.bool("play"));
        LinkSettings none = new LinkSettings("v", Map.of(), NAMES);
        assertNull(none.integer("steps", 1, 100));
        assertNull(none.choice("sampler", List.of("ddim")));
        assertNull(none.bool("play"));
    }

    @Test
    void badValuesNameTheSettingAndWhatItTakes() {
        assertEquals("sampler must be ddim or ddpm, got \"dpm\"", assertThrows(IllegalArgumentException.class,
                () -> new LinkSettings("v", Map.of("sampler", "dpm"), NAMES).choice("sampler", List.of("ddim", "ddpm"))).getMessage());
        assertEquals("steps must be a whole number from 1 to 100, got \"101\"", assertThrows(IllegalArgumentException.class,
                () -> new LinkSettings("v", Map.of("steps", "101"), NAMES).integer("steps", 1, 100)).getMessage());
        assertEquals("steps must be a whole number from 1 to 100, got \"ten\"", assertThrows(IllegalArgumentException.class,
                () -> new LinkSettings("v", Map.of("steps", "ten"), NAMES).integer("steps", 1, 100)).getMessage());
        assertEquals("play must be true or false, got \"1\"", assertThrows(IllegalArgumentException.class,
                () -> new LinkSettings("v", Map.of("play", "1"), NAMES).bool("play")).getMessage());
        String unknown = assertThrows(IllegalArgumentException.class,
                () -> new LinkSettings("v", Map.of("eta", "0.5"), NAMES)).getMessage();
        assertEquals("v takes no setting \"eta\"; it takes steps, sampler, play", unknown);
        assertEquals("a, b or c", LinkSettings.either(List.of("a", "b", "c")));
        assertTrue(LinkSettings.either(List.of("a")).equals("a"));
    }
}
