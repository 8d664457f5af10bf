namespace Safeguarding.Analytics.Ingest.Records.Synthetic;

/// <summary>
/// xoshiro256** seeded through SplitMix64: fast, and the same numbers for the same seed on every machine and .NET
/// version (System.Random promises neither), which the generator's byte-identical files rest on.
/// </summary>
internal sealed class SyntheticRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public SyntheticRandom(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, count).</summary>
    public int Next(int count) => (int)((NextUInt64() >> 32) * (ulong)count >> 32);

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>An exponentially distributed wait with this mean.</summary>
    public double Exponential(double mean) => -mean * Math.Log(1 - NextDouble());

    /// <summary>How many more events follow the first, geometrically distributed with this mean.</summary>
    public int MoreEvents(double mean) => mean <= 0 ? 0 : (int)Math.Floor(Math.Log(1 - NextDouble()) / Math.Log(mean / (1 + mean)));

    /// <summary>An index drawn with these weights.</summary>
    public int Pick(ReadOnlySpan<double> cumulativeWeights)
    {
        var draw = NextDouble() * cumulativeWeights[^1];
        for (var i = 0; i < cumulativeWeights.Length; i++)
        {
            if (draw < cumulativeWeights[i])
            {
                return i;
            }
        }

        return cumulativeWeights.Length - 1;
    }

    /// <summary>SplitMix64's step, also used to spread one seed into independent streams and keys.</summary>
    public static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
