"""Where the PyTorch twin's unet-s time goes, op by op: the counterpart of
`genlab bench --model unet-s --profile`.

Profiles training steps (batch 64, the protocol's step) and one DDIM sampling run
(50 steps, batch 16, guidance as one batch of 32) of bench/torch_peer.py's UNetS
with torch.profiler, and prints each op's self CPU time per step or per run.

    /usr/bin/python3 bench/torch_profile.py [--steps 5] [--warmup 3] [--rows 25]
"""
import argparse, os, time
import torch
import torch.nn.functional as F
from torch.profiler import profile, ProfilerActivity

from torch_peer import UNetS, B, C, H, W, N_CLASSES


def profiled(fn, runs):
    with profile(activities=[ProfilerActivity.CPU]) as prof:
        t = time.perf_counter()
        for _ in range(runs): fn()
        wall = (time.perf_counter() - t) * 1000 / runs
    return prof, wall


def table(prof, wall, runs, unit, rows):
    events = sorted(prof.key_averages(), key=lambda e: e.self_cpu_time_total, reverse=True)
    total = sum(e.self_cpu_time_total for e in events) / 1000 / runs
    print(f"{wall:.0f} ms per {unit} (profiled), {total:.0f} ms of op self time per {unit}")
    print(f"{'op':36s} {'ms/' + unit:>9s} {'share':>6s} {'calls/' + unit:>10s}")
    for e in events[:rows]:
        ms = e.self_cpu_time_total / 1000 / runs
        print(f"{e.key[:36]:36s} {ms:9.1f} {100 * ms / total:5.1f}% {e.count // runs:10d}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--rows", type=int, default=25)
    a = ap.parse_args()
    torch.set_num_threads(os.cpu_count())
    torch.manual_seed(0)
    g = torch.Generator().manual_seed(0)
    x = torch.rand(B, C, H, W, generator=g) * 2 - 1
    y = torch.randint(0, N_CLASSES, (B,), generator=g)
    T = 1000
    abar = torch.cumprod(1 - torch.linspace(1e-4, 0.02, T), 0)
    net = UNetS()
    opt = torch.optim.Adam(net.parameters(), 2e-4)

    def step():
        t = torch.randint(0, T, (B,))
        e = torch.randn_like(x)
        a_t = abar[t][:, None, None, None]
        loss = F.mse_loss(net(a_t.sqrt() * x + (1 - a_t).sqrt() * e, t, y), e)
        opt.zero_grad(); loss.backward(); opt.step()

    def sample():
        with torch.no_grad():
            xs = torch.randn(16, C, H, W)
            ts = torch.linspace(T - 1, 0, 50).long()
            yy = torch.cat([y[:16], torch.full((16,), N_CLASSES)])
            for i, t in enumerate(ts):
                eps = net(torch.cat([xs, xs]), torch.full((32,), int(t)), yy)
                eps = eps[16:] + 3.0 * (eps[:16] - eps[16:])
                a_t = abar[t]
                a_prev = abar[ts[i + 1]] if i + 1 < len(ts) else torch.tensor(1.0)
                x0 = (xs - (1 - a_t).sqrt() * eps) / a_t.sqrt()
                xs = a_prev.sqrt() * x0 + (1 - a_prev).sqrt() * eps

    for _ in range(a.warmup): step()
    prof, wall = profiled(step, a.steps)
    print(f"unet-s training step, batch 64, {a.steps} steps (torch {torch.__version__}, {torch.get_num_threads()} threads)")
    table(prof, wall, a.steps, "step", a.rows)
    net.eval()
    sample()
    prof, wall = profiled(sample, 1)
    print("\nunet-s sampling run (DDIM 50 steps, batch 16, guidance as a batch of 32)")
    table(prof, wall, 1, "run", a.rows)


if __name__ == "__main__":
    main()
