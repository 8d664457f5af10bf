using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Dashboard.Overview;

/// <summary>Which way is better for an indicator, as the pages say it.</summary>
public static class PolarityWords
{
    public static string Of(Polarity polarity) => polarity switch
    {
        Polarity.HighIsGood => "higher is better",
        Polarity.LowIsGood => "lower is better",
        _ => "neither higher nor lower is better",
    };
}
