namespace Safeguarding.Analytics.Domain.Catalogue;

public enum Frequency
{
    Quarterly,
    Annual,
}
