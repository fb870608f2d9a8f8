grid = [[1, 2], [3, 4]]
i, j = 1, 5
print(grid[i][j] + 1)
