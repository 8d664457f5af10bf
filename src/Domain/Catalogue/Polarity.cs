namespace Safeguarding.Analytics.Domain.Catalogue;

/// <summary>Which direction is better for an indicator (LAIT's data dictionary: High, Low or "-").</summary>
public enum Polarity
{
    HighIsGood,
    LowIsGood,

    /// <summary>Neither direction is better: gets "higher"/"lower", never a RAG colour.</summary>
    Neutral,
}
