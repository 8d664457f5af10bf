namespace Safeguarding.Analytics.Warehouse.Catalogue;

public enum Frequency
{
    Quarterly,
    Annual,
}
