using Tacitus.Nlp.Learning;

namespace Tacitus.Nlp.Tests.Ner;

public class VectorMathTests
{
    [Theory]
    [InlineData(128, 185, 1)]
    [InlineData(64, 7, 2)]
    [InlineData(48, 20, 3)]   // not a multiple of 64: the row-by-row path
    [InlineData(256, 0, 4)]
    public void AddRows_is_bit_identical_to_adding_row_by_row(int width, int count, int seed)
    {
        var random = new Random(seed);
        int rowCount = 40;
        var matrix = new float[rowCount * width];
        for (int i = 0; i < matrix.Length; i++) matrix[i] = (float)(random.NextDouble() * 2 - 1);
        var rows = new int[count];
        var values = new float[count];
        for (int t = 0; t < count; t++) { rows[t] = random.Next(rowCount); values[t] = (float)(random.NextDouble() * 4 - 2); }
        var start = new float[width];
        for (int i = 0; i < width; i++) start[i] = (float)random.NextDouble();
        var expected = (float[])start.Clone();
        for (int t = 0; t < count; t++) VectorMath.AddScaled(expected, matrix.AsSpan(rows[t] * width, width), values[t]);
        var actual = (float[])start.Clone();
        VectorMath.AddRows(actual, matrix, rows, values);
        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), actual.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void AddRows_refuses_a_row_outside_the_matrix()
    {
        var matrix = new float[2 * 64];
        Assert.Throws<ArgumentOutOfRangeException>(() => VectorMath.AddRows(new float[64], matrix, [0, 2], [1f, 1f]));
    }

    [Fact]
    public void AddNonZeroRows_adds_the_rows_of_the_non_zero_inputs_bit_for_bit()
    {
        var random = new Random(5);
        const int width = 128, inputs = 50;
        var matrix = new float[inputs * width];
        for (int i = 0; i < matrix.Length; i++) matrix[i] = (float)(random.NextDouble() * 2 - 1);
        var v = new float[inputs];
        for (int k = 0; k < inputs; k++) v[k] = k % 3 == 0 ? 0f : (float)(random.NextDouble() * 4 - 2);
        var expected = new float[width];
        for (int k = 0; k < inputs; k++)
            if (v[k] != 0) VectorMath.AddScaled(expected, matrix.AsSpan(k * width, width), v[k]);
        var actual = new float[width];
        VectorMath.AddNonZeroRows(actual, matrix, v, new int[inputs], new float[inputs]);
        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), actual.Select(BitConverter.SingleToInt32Bits));
    }
}
