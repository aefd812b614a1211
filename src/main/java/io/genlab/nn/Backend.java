package io.genlab.nn;

import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

import java.util.Map;

/**
 * Which ND4J backend and native build this process runs on, and its memory bounds: what
 * {@code genlab info} prints and what a benchmark records beside its numbers.
 *
 * @param backend        "CPU" or "CUDA"
 * @param oneDnn         whether the native build has oneDNN (the fast CPU path)
 * @param blas           BLAS vendor, e.g. "OPENBLAS"
 * @param threads        OpenMP threads ND4J uses
 * @param cores          processor cores ND4J sees
 * @param maxHeapBytes   the JVM heap bound (-Xmx)
 * @param maxOffHeapBytes    JavaCPP's bound on native arrays (org.bytedeco.javacpp.maxbytes)
 * @param maxPhysicalBytes   JavaCPP's bound on the process's resident memory (maxphysicalbytes)
 * @param buildFlags     the native library's build description
 */
public record Backend(String backend, boolean oneDnn, String blas, int threads, int cores, long maxHeapBytes,
                      long maxOffHeapBytes, long maxPhysicalBytes, String buildFlags) {

    /**
     * Selects the oneDNN native build of the CPU backend when it is on the class path and no
     * build was chosen explicitly. Must run before ND4J is first touched.
     */
    public static void preferOneDnn() {
        String key = "javacpp.platform.extension";
        if (System.getProperty(key) == null
                && Backend.class.getResource("/org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64-onednn/libnd4jcpu.so") != null) {
            System.setProperty(key, "-onednn");
        }
    }

    /** Reads the running backend (initialises ND4J if it was not yet). */
    public static Backend current() {
        Nd4j.create(1);
        Map<Object, Object> env = Nd4j.getExecutioner().getEnvironmentInformation();
        String build = NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo();
        return new Backend(String.valueOf(env.getOrDefault("backend", "unknown")), build.contains("HAVE_ONEDNN"),
                String.valueOf(env.getOrDefault("blas.vendor", "unknown")), intOf(env.get("omp.threads")),
                intOf(env.get("cores")), Runtime.getRuntime().maxMemory(), Pointer.maxBytes(), Pointer.maxPhysicalBytes(),
                build.replace('\n', ' ').trim());
    }

    /** "CPU, oneDNN" or "CPU, no oneDNN (slow: see README)". */
    public String summary() {
        return backend + (backend.equals("CPU") ? (oneDnn ? ", oneDNN" : ", no oneDNN (about 8x slower: see README)") : "");
    }

    private static int intOf(Object o) {
        try {
            return o == null ? -1 : Integer.parseInt(o.toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
