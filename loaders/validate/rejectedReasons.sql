-- The reasons the rows of one file were rejected, commonest first. A row counts once per reason
-- and column; rows lists its first rows. min(message): a reason's text is the same on every row,
-- except targets.csv's, whose message is the schema's own (one kept, deterministically).
SELECT reason, "column", min(message) AS message, count(DISTINCT "row")::INTEGER AS count,
       list(DISTINCT "row" ORDER BY "row")[1:5] AS rows,
       list(DISTINCT line ORDER BY line)[1:5] AS lines -- the same rows as the file numbers them
FROM rejects_located
WHERE file = $file
GROUP BY reason, "column"
ORDER BY count DESC, reason, "column" NULLS FIRST
