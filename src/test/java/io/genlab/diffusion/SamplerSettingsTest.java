package io.genlab.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genlab.diffusion.schedule.NoiseSchedule;
import io.genlab.diffusion.schedule.Objective;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SamplerSettingsTest {
    private static final NoiseSchedule LINEAR = NoiseSchedule.forName("linear", 1000);

    @Test
    void defaultsFollowTheBenchmark() {
        SamplerSettings s = SamplerSettings.parse(Map.of(), LINEAR);
        assertEquals(SamplerSettings.Method.DDIM, s.sampler());
        assertEquals(50, s.steps());
        assertEquals(0.0, s.eta());
        assertEquals(1.0, s.guidanceScale());
        assertTrue(s.unguided());
        assertEquals(TimestepSpacing.LINSPACE, s.spacing());
        assertTrue(s.clipX0());
        assertEquals(Objective.EPS, s.objective());
        assertEquals(s, SamplerSettings.defaults(LINEAR));
        assertEquals(1000, SamplerSettings.parse(Map.of("sampler", "ddpm"), LINEAR).steps());
        assertEquals(20, SamplerSettings.defaults(NoiseSchedule.forName("cosine", 20)).steps());
    }

    @Test
    void parsesEveryKey() {
        SamplerSettings s = SamplerSettings.parse(Map.of("sampler", "DDIM", "steps", "25", "eta", "0.5",
                "guidance", "3", "spacing", "trailing", "clip-x0", "false"), LINEAR);
        assertEquals(new SamplerSettings(SamplerSettings.Method.DDIM, 25, 0.5, 3.0, TimestepSpacing.TRAILING, false,
                Objective.EPS), s);
        assertFalse(s.unguided());
        assertEquals(Objective.V, s.withObjective(Objective.V).objective());
    }

    @Test
    void badOptionsNameTheKeyAndTheRange() {
        assertMessage(Map.of("stpes", "10"), "stpes", "steps");
        assertMessage(Map.of("steps", "1001"), "steps", "1..1000");
        assertMessage(Map.of("steps", "0"), "steps", "1..1000");
        assertMessage(Map.of("steps", "ten"), "steps", "1..1000", "ten");
        assertMessage(Map.of("steps", "2.5"), "steps", "1..1000");
        assertMessage(Map.of("eta", "1.5"), "eta", "[0, 1]");
        assertMessage(Map.of("eta", "-0.1"), "eta", "[0, 1]");
        assertMessage(Map.of("eta", "NaN"), "eta", "[0, 1]");
        assertMessage(Map.of("sampler", "ddpm", "eta", "0.5"), "eta", "ddim");
        assertMessage(Map.of("guidance", "-1"), "guidance", ">= 0");
        assertMessage(Map.of("guidance", "lots"), "guidance", ">= 0");
        assertMessage(Map.of("sampler", "euler"), "sampler", "ddpm", "ddim", "euler");
        assertMessage(Map.of("spacing", "karras"), "spacing", "linspace", "leading", "trailing");
        assertMessage(Map.of("clip-x0", "yes"), "clip-x0", "true or false");
    }

    @Test
    void recordRejectsBadValues() {
        assertThrows(IllegalArgumentException.class, () -> new SamplerSettings(SamplerSettings.Method.DDIM, 0, 0, 1,
                TimestepSpacing.LINSPACE, true, Objective.EPS));
        assertThrows(IllegalArgumentException.class, () -> new SamplerSettings(SamplerSettings.Method.DDIM, 10, 2, 1,
                TimestepSpacing.LINSPACE, true, Objective.EPS));
        assertThrows(IllegalArgumentException.class, () -> SamplerSettings.defaults(LINEAR).withGuidanceScale(-0.5));
        SamplerSettings tooMany = new SamplerSettings(SamplerSettings.Method.DDPM, 2000, 0, 1,
                TimestepSpacing.LINSPACE, true, Objective.EPS);
        var e = assertThrows(IllegalArgumentException.class, () -> Sampler.create(LINEAR, tooMany));
        assertTrue(e.getMessage().contains("1..1000"), e.getMessage());
    }

    @Test
    void timestepSpacings() {
        int[] lin = TimestepSpacing.LINSPACE.timesteps(1000, 50);
        // torch.linspace(999, 0, 50).long(): 999 * (49 - i) / 49 truncated
        assertArrayEquals(new int[] {999, 978, 958, 937}, Arrays.copyOf(lin, 4));
        assertEquals(20, lin[48]);
        assertEquals(0, lin[49]);
        int[] all = TimestepSpacing.LINSPACE.timesteps(1000, 1000);
        for (int i = 0; i < 1000; i++) assertEquals(999 - i, all[i]);
        assertArrayEquals(new int[] {999}, TimestepSpacing.LINSPACE.timesteps(1000, 1));
        int[] leading = TimestepSpacing.LEADING.timesteps(1000, 50);
        assertEquals(980, leading[0]);
        assertEquals(960, leading[1]);
        assertEquals(0, leading[49]);
        int[] trailing = TimestepSpacing.TRAILING.timesteps(1000, 50);
        assertEquals(999, trailing[0]);
        assertEquals(979, trailing[1]);
        assertEquals(19, trailing[49]);
        assertArrayEquals(new int[] {9, 6, 2}, TimestepSpacing.TRAILING.timesteps(10, 3));    // rint(10, 6.67, 3.33) - 1
        assertArrayEquals(new int[] {6, 3, 0}, TimestepSpacing.LEADING.timesteps(10, 3));
        assertArrayEquals(new int[] {9, 4, 0}, TimestepSpacing.LINSPACE.timesteps(10, 3));
        for (TimestepSpacing s : TimestepSpacing.values()) {
            assertEquals(s, TimestepSpacing.forKey(s.key()));
            int[] ts = s.timesteps(1000, 1000);
            assertEquals(999, ts[0]);
            assertEquals(0, ts[999]);
        }
    }

    private static void assertMessage(Map<String, String> options, String... parts) {
        var e = assertThrows(IllegalArgumentException.class, () -> SamplerSettings.parse(options, LINEAR));
        for (String p : parts) assertTrue(e.getMessage().contains(p), "\"" + e.getMessage() + "\" lacks \"" + p + "\"");
    }
}
