namespace Safeguarding.Analytics.Ingest.Records.Synthetic;

/// <summary>
/// Turns a person's (or incident's) number into the 16 lower-case hex characters a sender's salted hash would give:
/// a keyed mixing of the number (two rounds of MurmurHash3's finaliser around secret additions drawn from the seed),
/// so ids look random and no number can be guessed from one without the key. Each step is one-to-one, so two numbers
/// never share an id. Synthetic data only: a real sender uses a keyed cryptographic hash (HMAC-SHA256) of its own ids.
/// </summary>
internal sealed class PseudonymKey
{
    private readonly ulong _k0;
    private readonly ulong _k1;
    private readonly ulong _k2;

    public PseudonymKey(ulong seed, ulong purpose)
    {
        var state = seed ^ (purpose * 0xD6E8FEB86659FD93UL);
        _k0 = SyntheticRandom.SplitMix(ref state);
        _k1 = SyntheticRandom.SplitMix(ref state);
        _k2 = SyntheticRandom.SplitMix(ref state);
    }

    public ulong Of(long number) => Mix(Mix((ulong)number ^ _k0) + _k1) ^ _k2;

    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}
