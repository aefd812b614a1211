package io.genlab.eval.prompts;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FidelityTableTest {
    private static Map<Attribute, Verdict> verdicts(Object... pairs) {
        Map<Attribute, Verdict> m = new EnumMap<>(Attribute.class);
        for (int i = 0; i < pairs.length; i += 2) m.put((Attribute) pairs[i], (Verdict) pairs[i + 1]);
        return m;
    }

    @Test
    void countsChecksPerSplitAndOverAll() {
        FidelityTable t = new FidelityTable();
        t.add(1, verdicts(Attribute.COLOUR, new Verdict(1, 1), Attribute.POSITION, new Verdict(1, 0)));
        t.add(1, verdicts(Attribute.COLOUR, new Verdict(1, 0), Attribute.POSITION, new Verdict(1, 0)));
        t.add(3, verdicts(Attribute.COLOUR, new Verdict(3, 2), Attribute.RELATION2, new Verdict(1, 1)));
        assertEquals(2, t.images(0));
        assertEquals(0, t.images(1));
        assertEquals(3, t.images(3));
        assertEquals(0.5, t.accuracy(0, Attribute.COLOUR));
        assertEquals(2 / 3.0, t.accuracy(2, Attribute.COLOUR));
        assertEquals(3 / 5.0, t.accuracy(3, Attribute.COLOUR), "all: 3 right of 5 objects, a three-object prompt weighing three times");
        assertEquals(0.0, t.accuracy(3, Attribute.POSITION));
        assertTrue(Double.isNaN(t.accuracy(2, Attribute.POSITION)), "no three-object prompt has a position");
        assertTrue(Double.isNaN(t.accuracy(1, Attribute.COLOUR)), "no two-object prompts");
    }

    @Test
    void itsMapLeavesOutWhatWasNeverCheckedAndItsTablesHaveARowPerAttribute() {
        FidelityTable t = new FidelityTable(), real = new FidelityTable();
        t.add(2, verdicts(Attribute.RELATION, new Verdict(1, 1)));
        real.add(2, verdicts(Attribute.RELATION, new Verdict(1, 1)));
        Map<String, Map<String, Double>> m = t.toMap();
        assertEquals(FidelityTable.SPLITS, java.util.List.copyOf(m.keySet()));
        assertEquals(Map.of("images", 1.0, "relation", 1.0), m.get("2 objects"));
        assertFalse(m.get("1 object").containsKey("relation"));
        assertEquals(2 + Attribute.values().length, t.markdown("model", real, "real").size());
        assertTrue(t.markdown("model", real, "real").get(0).contains("2 objects: model (1) | 2 objects: real"));
        assertEquals(2 + Attribute.values().length, t.text("model", real, "real").size());
        assertTrue(t.text("model", null, null).get(2 + Attribute.SIZE.ordinal()).startsWith("size"));
    }

    @Test
    void refusesAPromptOfFourObjects() {
        assertThrows(IllegalArgumentException.class, () -> new FidelityTable().add(4, Map.of()));
    }
}
