namespace EntityExtract;

/// <summary>How to read an all-numeric date such as <c>04/05/2025</c>. The <c>default</c> is <see cref="MonthFirst"/>.</summary>
public enum DateOrder
{
    /// <summary>Month, day, year: the United States convention (04/05/2025 is April 5).</summary>
    MonthFirst,

    /// <summary>Day, month, year: the British and European convention (04/05/2025 is 4 May).</summary>
    DayFirst,
}
