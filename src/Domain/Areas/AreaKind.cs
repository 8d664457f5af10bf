namespace Safeguarding.Analytics.Domain.Areas;

public enum AreaKind
{
    LocalAuthority,

    /// <summary>Inner and Outer London: published by DfE, not used for ranking.</summary>
    SubRegion,
    Region,
    Country,
}
