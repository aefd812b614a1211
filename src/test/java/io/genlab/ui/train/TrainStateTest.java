package io.genlab.ui.train;

import io.genlab.ui.widgets.PanelRendering;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Which of the Train view's buttons work, and which folder results it still expects. */
class TrainStateTest {
    @Test
    void aFolderTicketNoLongerExpectedIsIgnored() {
        TrainState state = new TrainState();
        long first = state.beginBusy();
        long second = state.beginBusy();
        assertFalse(state.endBusy(first), "a result the view no longer waits for");
        assertEquals(TrainState.Phase.BUSY, state.phase);
        assertTrue(state.endBusy(second));
        assertFalse(state.endBusy(second), "only once");
        assertEquals(TrainState.Phase.IDLE, state.phase);
    }

    @Test
    void aShippedRunCanBeUsedButNeitherContinuedNorCopied() {
        TrainState state = new TrainState();
        TrainControls controls = new TrainControls();
        RunFolderBox folder = new RunFolderBox(Path.of("runs"));
        PanelRendering.onEdt(() -> {
            TrainSettings settings = new TrainSettings(java.util.List.of(), java.util.List.of());
            state.run = Path.of("lessons/models/unet-s-fashion");
            state.hasCheckpoint = true;
            state.cannotContinue = "it is a shipped model, with the weights for sampling but not the optimiser state that training needs";
            state.showOn(controls, folder, settings);
            assertEquals("Continue", controls.start.getText());
            assertFalse(controls.start.isEnabled());
            assertTrue(controls.start.getToolTipText().startsWith("It cannot be trained further: it is a shipped model"));
            assertFalse(folder.saveAs.isEnabled());
            assertTrue(controls.use.isEnabled());
            assertTrue(state.openedText(1789).startsWith("Opened unet-s-fashion at step 1,789. It cannot be trained further"),
                    state.openedText(1789));

            state.cannotContinue = null;
            state.readOnly = true;                  // a shipped run that could train: its copy can
            state.showOn(controls, folder, settings);
            assertFalse(controls.start.isEnabled());
            assertTrue(folder.saveAs.isEnabled());

            state.run = null;                       // a new run
            state.ownRun(false);
            state.showOn(controls, folder, settings);
            assertEquals("Start", controls.start.getText());
            assertTrue(controls.start.isEnabled());
        });
    }
}
