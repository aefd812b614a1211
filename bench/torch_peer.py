#!/usr/bin/env python3
"""PyTorch twins of GenLab's reference architectures, for side-by-side speed checks.

The architectures are specified in shared/REFERENCE_MODELS.md; this file is a
second, independent implementation of the same specification. It measures
what a user who picked PyTorch on the same CPU would get.

Install once (Debian):  apt-get install -y python3-torch libopenblas0-pthread
Run:                    /usr/bin/python3 bench/torch_peer.py [--json] [--models unet-s,dit-s,...]
Side by side:           bench/compare.sh

Prints, per model: parameter count, milliseconds per training step (batch 64,
28x28x1, Adam), and milliseconds per sampling run (see REFERENCE_MODELS.md).
"""
import argparse, json, math, time
import torch
import torch.nn as nn
import torch.nn.functional as F

B, C, H, W = 64, 1, 28, 28
N_CLASSES = 10


def timestep_embedding(t, dim):
    """Sinusoidal embedding: [sin(t*f_i), cos(t*f_i)], f_i = 10000^(-i/(dim/2))."""
    half = dim // 2
    freqs = torch.exp(-math.log(10000.0) * torch.arange(half, dtype=torch.float32) / half)
    args = t.float()[:, None] * freqs[None]
    return torch.cat([torch.sin(args), torch.cos(args)], dim=1)


class ResBlock(nn.Module):
    def __init__(self, cin, cout, temb):
        super().__init__()
        self.n1, self.c1 = nn.GroupNorm(8, cin), nn.Conv2d(cin, cout, 3, padding=1)
        self.t = nn.Linear(temb, cout)
        self.n2, self.c2 = nn.GroupNorm(8, cout), nn.Conv2d(cout, cout, 3, padding=1)
        self.skip = nn.Conv2d(cin, cout, 1) if cin != cout else nn.Identity()

    def forward(self, x, e):
        h = self.c1(F.silu(self.n1(x))) + self.t(e)[:, :, None, None]
        h = self.c2(F.silu(self.n2(h)))
        return h + self.skip(x)


class SelfAttention2d(nn.Module):
    def __init__(self, ch, heads):
        super().__init__()
        self.norm, self.attn = nn.GroupNorm(8, ch), nn.MultiheadAttention(ch, heads, batch_first=True)

    def forward(self, x):
        b, c, h, w = x.shape
        s = self.norm(x).flatten(2).transpose(1, 2)          # [B, HW, C]
        a, _ = self.attn(s, s, s, need_weights=False)
        return x + a.transpose(1, 2).reshape(b, c, h, w)


class UNetS(nn.Module):
    """unet-s: 32@28 -> 64@14 -> 64@7 (+attention) -> back up, one skip per level."""
    def __init__(self, ch=C):
        super().__init__()
        te = 256
        self.temb = nn.Sequential(nn.Linear(64, te), nn.SiLU(), nn.Linear(te, te))
        self.cemb = nn.Linear(N_CLASSES + 1, te, bias=False)   # one-hot(class or null) @ E
        self.inp = nn.Conv2d(ch, 32, 3, padding=1)
        self.e1 = nn.ModuleList([ResBlock(32, 32, te), ResBlock(32, 32, te)])
        self.d1 = nn.Conv2d(32, 32, 3, stride=2, padding=1)
        self.e2 = nn.ModuleList([ResBlock(32, 64, te), ResBlock(64, 64, te)])
        self.d2 = nn.Conv2d(64, 64, 3, stride=2, padding=1)
        self.m1, self.ma, self.m2 = ResBlock(64, 64, te), SelfAttention2d(64, 4), ResBlock(64, 64, te)
        self.u2c = nn.Conv2d(64, 64, 3, padding=1)
        self.u2 = nn.ModuleList([ResBlock(128, 64, te), ResBlock(64, 64, te)])
        self.u1c = nn.Conv2d(64, 64, 3, padding=1)
        self.u1 = nn.ModuleList([ResBlock(96, 32, te), ResBlock(32, 32, te)])
        self.on, self.out = nn.GroupNorm(8, 32), nn.Conv2d(32, ch, 3, padding=1)

    def forward(self, x, t, y):
        e = self.temb(timestep_embedding(t, 64)) + self.cemb(F.one_hot(y, N_CLASSES + 1).float())
        h = self.inp(x)
        for b in self.e1: h = b(h, e)
        s1 = h
        h = self.d1(h)
        for b in self.e2: h = b(h, e)
        s2 = h
        h = self.d2(h)
        h = self.m2(self.ma(self.m1(h, e)), e)
        h = self.u2c(F.interpolate(h, scale_factor=2, mode="nearest"))
        h = torch.cat([h, s2], 1)
        for b in self.u2: h = b(h, e)
        h = self.u1c(F.interpolate(h, scale_factor=2, mode="nearest"))
        h = torch.cat([h, s1], 1)
        for b in self.u1: h = b(h, e)
        return self.out(F.silu(self.on(h)))


class DiTBlock(nn.Module):
    def __init__(self, d, heads):
        super().__init__()
        self.n1, self.n2 = nn.LayerNorm(d, elementwise_affine=False), nn.LayerNorm(d, elementwise_affine=False)
        self.attn = nn.MultiheadAttention(d, heads, batch_first=True)
        self.mlp = nn.Sequential(nn.Linear(d, 4 * d), nn.GELU(), nn.Linear(4 * d, d))
        self.ada = nn.Linear(d, 6 * d)                      # adaLN-Zero: shift/scale/gate x2
        nn.init.zeros_(self.ada.weight); nn.init.zeros_(self.ada.bias)

    def forward(self, x, c):
        s1, g1, a1, s2, g2, a2 = self.ada(F.silu(c)).chunk(6, dim=1)
        h = self.n1(x) * (1 + g1[:, None]) + s1[:, None]
        x = x + a1[:, None] * self.attn(h, h, h, need_weights=False)[0]
        h = self.n2(x) * (1 + g2[:, None]) + s2[:, None]
        return x + a2[:, None] * self.mlp(h)


class DiTS(nn.Module):
    """dit-s: patch 4 -> 49 tokens, d=128, depth 6, 4 heads, fixed 2D sin-cos positions."""
    def __init__(self, ch=C, p=4, d=128, depth=6, heads=4):
        super().__init__()
        self.p, self.ch, self.g = p, ch, H // p
        self.patch = nn.Conv2d(ch, d, p, stride=p)
        self.register_buffer("pos", self._pos(d, self.g))
        self.temb = nn.Sequential(nn.Linear(64, d), nn.SiLU(), nn.Linear(d, d))
        self.cemb = nn.Linear(N_CLASSES + 1, d, bias=False)
        self.blocks = nn.ModuleList([DiTBlock(d, heads) for _ in range(depth)])
        self.fn = nn.LayerNorm(d, elementwise_affine=False)
        self.fada = nn.Linear(d, 2 * d)
        self.fout = nn.Linear(d, p * p * ch)

    @staticmethod
    def _pos(d, g):
        ys, xs = torch.meshgrid(torch.arange(g), torch.arange(g), indexing="ij")
        def one(v, dd):
            f = torch.exp(-math.log(10000.0) * torch.arange(dd // 2) / (dd // 2))
            a = v.flatten().float()[:, None] * f[None]
            return torch.cat([torch.sin(a), torch.cos(a)], 1)
        return torch.cat([one(ys, d // 2), one(xs, d // 2)], 1)[None]   # [1, T, d]

    def forward(self, x, t, y):
        c = self.temb(timestep_embedding(t, 64)) + self.cemb(F.one_hot(y, N_CLASSES + 1).float())
        h = self.patch(x).flatten(2).transpose(1, 2) + self.pos
        for b in self.blocks: h = b(h, c)
        sh, sc = self.fada(F.silu(c)).chunk(2, dim=1)
        h = self.fout(self.fn(h) * (1 + sc[:, None]) + sh[:, None])      # [B, T, p*p*C]
        b_, g, p = x.shape[0], self.g, self.p
        return h.reshape(b_, g, g, p, p, self.ch).permute(0, 5, 1, 3, 2, 4).reshape(b_, self.ch, H, W)


class Generator(nn.Module):
    def __init__(self, z=64, ch=C):
        super().__init__()
        self.fc = nn.Linear(z + N_CLASSES, 128 * 7 * 7)
        self.n1, self.d1 = nn.GroupNorm(8, 128), nn.ConvTranspose2d(128, 64, 4, 2, 1)
        self.n2, self.d2 = nn.GroupNorm(8, 64), nn.ConvTranspose2d(64, ch, 4, 2, 1)

    def forward(self, z, y):
        h = self.fc(torch.cat([z, F.one_hot(y, N_CLASSES).float()], 1)).view(-1, 128, 7, 7)
        h = self.d1(F.relu(self.n1(h)))
        return torch.tanh(self.d2(F.relu(self.n2(h))))


class Discriminator(nn.Module):
    def __init__(self, ch=C):
        super().__init__()
        self.lab = nn.Linear(N_CLASSES, H * W)                # label as an extra input plane
        self.c1 = nn.Conv2d(ch + 1, 64, 4, 2, 1)
        self.c2, self.n2 = nn.Conv2d(64, 128, 4, 2, 1), nn.GroupNorm(8, 128)
        self.fc = nn.Linear(128 * 7 * 7, 1)

    def forward(self, x, y):
        l = self.lab(F.one_hot(y, N_CLASSES).float()).view(-1, 1, H, W)
        h = F.leaky_relu(self.c1(torch.cat([x, l], 1)), 0.2)
        h = F.leaky_relu(self.n2(self.c2(h)), 0.2)
        return self.fc(h.flatten(1))


class MaskedConv(nn.Conv2d):
    def __init__(self, cin, cout, k, mask_type):
        super().__init__(cin, cout, k, padding=k // 2)
        m = torch.ones_like(self.weight)
        c = k // 2
        m[:, :, c, c + (1 if mask_type == "B" else 0):] = 0
        m[:, :, c + 1:, :] = 0
        self.register_buffer("mask", m)

    def forward(self, x):
        return F.conv2d(x, self.weight * self.mask, self.bias, padding=self.padding)


class PixelCNNS(nn.Module):
    """pixelcnn-s: 7x7 mask A (64) + 6 residual blocks (1x1 -> 3x3 mask B -> 1x1) + 256-way logits."""
    def __init__(self, ch=C, f=64, blocks=6):
        super().__init__()
        self.inp = MaskedConv(ch, f, 7, "A")
        self.blocks = nn.ModuleList([nn.ModuleList([nn.Conv2d(f, f // 2, 1), MaskedConv(f // 2, f // 2, 3, "B"),
                                                    nn.Conv2d(f // 2, f, 1)]) for _ in range(blocks)])
        self.cls = nn.Linear(N_CLASSES, f, bias=False)       # class bias per channel
        self.o1, self.o2 = nn.Conv2d(f, f, 1), nn.Conv2d(f, 256 * ch, 1)

    def forward(self, x, y):
        h = self.inp(x) + self.cls(F.one_hot(y, N_CLASSES).float())[:, :, None, None]
        for a, m, b in self.blocks:
            h = h + b(F.relu(m(F.relu(a(F.relu(h))))))
        return self.o2(F.relu(self.o1(F.relu(h))))           # [B, 256*C, H, W]


def params(m):
    return sum(p.numel() for p in m.parameters())


def time_it(fn, warm, n):
    for _ in range(warm): fn()
    t = time.perf_counter()
    for _ in range(n): fn()
    return (time.perf_counter() - t) * 1000 / n


def bench(name, steps, warm):
    g = torch.Generator().manual_seed(0)
    x = torch.rand(B, C, H, W, generator=g) * 2 - 1
    y = torch.randint(0, N_CLASSES, (B,), generator=g)
    T = 1000
    betas = torch.linspace(1e-4, 0.02, T)
    abar = torch.cumprod(1 - betas, 0)
    out = {"model": name}
    if name in ("unet-s", "dit-s"):
        net = UNetS() if name == "unet-s" else DiTS()
        opt = torch.optim.Adam(net.parameters(), 2e-4)
        def step():
            t = torch.randint(0, T, (B,))
            e = torch.randn_like(x)
            a = abar[t][:, None, None, None]
            xt = a.sqrt() * x + (1 - a).sqrt() * e
            loss = F.mse_loss(net(xt, t, y), e)
            opt.zero_grad(); loss.backward(); opt.step()
        out["train_ms_per_step"] = time_it(step, warm, steps)
        net.eval()
        def sample():   # DDIM, 50 steps, batch 16, classifier-free guidance (2 passes per step as one batch of 32)
            with torch.no_grad():
                xs = torch.randn(16, C, H, W)
                ts = torch.linspace(T - 1, 0, 50).long()
                yy = torch.cat([y[:16], torch.full((16,), N_CLASSES)])
                for i, t in enumerate(ts):
                    tt = torch.full((32,), int(t))
                    eps = net(torch.cat([xs, xs]), tt, yy)
                    eps = eps[16:] + 3.0 * (eps[:16] - eps[16:])
                    a = abar[t]
                    a_prev = abar[ts[i + 1]] if i + 1 < len(ts) else torch.tensor(1.0)
                    x0 = (xs - (1 - a).sqrt() * eps) / a.sqrt()
                    xs = a_prev.sqrt() * x0 + (1 - a_prev).sqrt() * eps
        out["sample_ms"] = time_it(sample, 1, 2)
    elif name == "dcgan-s":
        G, D = Generator(), Discriminator()
        og = torch.optim.Adam(G.parameters(), 2e-4, betas=(0.5, 0.999))
        od = torch.optim.Adam(D.parameters(), 2e-4, betas=(0.5, 0.999))
        bce = nn.BCEWithLogitsLoss()
        ones, zeros = torch.ones(B, 1), torch.zeros(B, 1)
        def step():
            z = torch.randn(B, 64)
            fake = G(z, y)
            ld = bce(D(x, y), ones) + bce(D(fake.detach(), y), zeros)
            od.zero_grad(); ld.backward(); od.step()
            lg = bce(D(fake, y), ones)
            og.zero_grad(); lg.backward(); og.step()
        out["params"] = params(G) + params(D)
        out["params_g"], out["params_d"] = params(G), params(D)
        out["train_ms_per_step"] = time_it(step, warm, steps)
        def sample():
            with torch.no_grad(): G(torch.randn(B, 64), y)
        out["sample_ms"] = time_it(sample, 3, 10)
        return out
    elif name == "pixelcnn-s":
        net = PixelCNNS()
        opt = torch.optim.Adam(net.parameters(), 1e-3)
        xi = ((x + 1) * 127.5).round().long().clamp(0, 255)   # 256 levels
        def step():
            logits = net(xi.float() / 255.0, y)
            loss = F.cross_entropy(logits, xi[:, 0])
            opt.zero_grad(); loss.backward(); opt.step()
        out["train_ms_per_step"] = time_it(step, warm, steps)
        net.eval()
        def sample():   # batch 16, all 784 pixels, one full forward pass per pixel (no caching)
            with torch.no_grad():
                img = torch.zeros(16, 1, H, W)
                for i in range(H):
                    for j in range(W):
                        p = F.softmax(net(img, y[:16])[:, :, i, j], dim=1)
                        img[:, 0, i, j] = torch.multinomial(p, 1)[:, 0].float() / 255.0
        out["sample_ms"] = time_it(sample, 0, 1)
    out["params"] = params(net)
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", default="unet-s,dit-s,dcgan-s,pixelcnn-s")
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--threads", type=int, default=0, help="0 = all cores")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    import os
    torch.set_num_threads(a.threads or os.cpu_count())
    torch.manual_seed(0)
    for m in a.models.split(","):
        r = bench(m, a.steps, a.warmup)
        r["torch"], r["threads"] = torch.__version__, torch.get_num_threads()
        print(json.dumps(r) if a.json else "  ".join(f"{k}={v:.1f}" if isinstance(v, float) else f"{k}={v}" for k, v in r.items()), flush=True)
