namespace Safeguarding.Analytics.Ingest.Demo;

/// <summary>The kinds of known truth planted in the demo returns for the analytics to find.</summary>
public enum PlantedEventKind
{
    /// <summary>The level moves by the magnitude from the first period and stays moved to the last.</summary>
    StepChange,

    /// <summary>The level drifts by the magnitude in equal steps from the first period to the last, then holds.</summary>
    WorseningTrend,

    /// <summary>The magnitude is added in the first period only.</summary>
    Outlier,

    /// <summary>The agency did not submit: the observation is Missing, with no value.</summary>
    MissingReturn,

    /// <summary>The reported value is off by the magnitude from what its numerator and denominator give.</summary>
    InconsistentValue,

    /// <summary>One of several related indicators that move together by a moderate magnitude in the same quarter.</summary>
    UnusualProfile,
}
