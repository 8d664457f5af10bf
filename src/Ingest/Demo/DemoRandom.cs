using System.Text;

namespace Safeguarding.Analytics.Ingest.Demo;

/// <summary>
/// SplitMix64 seeded from a stable hash of its labels. Unlike <see cref="Random"/>, its sequence is fixed by this
/// code, and each indicator has its own stream, so adding an indicator does not change the others.
/// </summary>
internal sealed class DemoRandom
{
    private ulong state;

    public DemoRandom(int seed, params string[] labels)
    {
        // FNV-1a over the seed and labels: stable across processes, unlike string.GetHashCode.
        var hash = 14695981039346656037UL ^ (ulong)(uint)seed;
        foreach (var b in Encoding.UTF8.GetBytes(string.Join('\u001f', labels)))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        state = hash;
    }

    public double NextUniform()
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>A standard normal draw (Box-Muller).</summary>
    public double NextNormal()
    {
        var u1 = 1.0 - NextUniform();
        var u2 = NextUniform();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
