using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>How a partner's return is named where its figures are shown.</summary>
public static class QuarterlyReturn
{
    /// <summary>The source of every figure in the agency's returns, e.g. "Police return".</summary>
    public static string SourceOf(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return $"{agency.Name} return";
    }
}
