"""Text-extraction throughput on a synthetic corpus (prints numbers; not a test).

Builds 1,000 releases in a temp dir from the sentence patterns of the extractor tests (open-world ones
included: anaphora, candidates, flows from the receiving side, sub-areas, another city's figure), with
varied years, regions, numbers, line breaks and scripts, then times extract_release over all of them
with the catalogue loaded once (as the build does). Rows, candidates and skipped numbers are counted.

Usage: .venv/bin/python bench/bench_extract.py [releases]
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.catalog import load_catalog  # noqa: E402
from etl.extract import extract_release  # noqa: E402

PROVINCES = ["北京", "天津", "河北"]
SENTENCES = [
    "{y}年，北京、天津、河北地区生产总值分别为{a}亿元、{b}亿元和{c}亿元。京津冀地区生产总值合计{t}万亿元，是2013年的{m}倍。",
    "{y}年{p}PM2.5平均浓度{n}微克/立方米，空气质量持续改善，较2013年下降{d}%。",
    "去年，{p}细颗粒物年均浓度\n{n}微克/立方米，同比下降{s}%。",
    "{y}年洽谈会签约项目{k}个，意向投资额约\n\n{a}亿元，2019年以来累计签约项目{K}余个，意向投资额超{b}亿元。",
    "{y}年北京企业对“功能圈”“产业圈”投资次数分别是2015年的{m}倍、{m2}倍。",
    "{y}年，现代化首都都市圈实现地区生产总值{t}万亿元，占京津冀地区生产总值的比重超{c10}成。",
    "截至目前，京津冀{k}00余家定点医疗机构实现跨省异地就医住院费用直接结算，{K}00余家定点医疗机构实现异地就医门诊费用直接结算。",
    "{y}年北京流向津冀技术合同成交额{a}亿元，累计{B}亿元。中关村企业在津冀两地设立分支机构累计{K}000\n\n余家。",
    "首批搬迁涉及{k}个部门、{K}个单位、约{s}万人。运河商务区注册企业约{s}万家，张家湾设计小镇累计注册企业{K}家。",
    "超千家在京企业机构在雄安注册，其中，中关村高科技企业设立分支机构{K}家。北京与{k}所雄安新区学校加强对接支持。",
    "{y}年，{p}市退出一般製造和污染企業累計超{K}家，疏解提升區域性專業市場和物流中心近{k}0個。",
    "（《工作要点》共安排部署了12大类{k}项重点任务，涉及{K}条重点事项。第{k}批项目在国道109沿线开工，26年来首次通航。",
    "力争到2030年，京津冀医联体达到{K}个。{y}年，京津冀“一网通办”专区新增区域服务事项{k}项。",
    # open world: candidates, anaphora, flows from the receiving side, sub-areas, new units
    "{y}年，全市新增城市绿地{K}公顷，{p}快递业务量同比增长{s}%，滨海新区新增市场主体{s}万户。",
    "十年来，河北吸纳北京技术合同成交额累计超{B}亿元，天津港集装箱吞吐量{K}万标准箱，上海地区生产总值{a}亿元。",
]


def release_text(rng: random.Random, i: int) -> str:
    year = rng.randint(2015, 2024)
    parts = [f"---\ntitle: 合成测试稿{i}\npublisher: bench\npublished: {year + 1}-0{rng.randint(1, 9)}\n"
             f"reference_year: {year + 1}\nlanguage: zh-Hans\n---\n{rng.choice(PROVINCES)}合成测试稿{i}\n"]
    for _ in range(rng.randint(18, 30)):
        template = rng.choice(SENTENCES)
        a, b, c = (round(rng.uniform(100, 50000), 1) for _ in range(3))
        parts.append(template.format(
            y=rng.randint(2014, year), p=rng.choice(PROVINCES), a=a, b=b, c=c, B=round(a * 5, 1),
            t=round(rng.uniform(3, 12), 1), m=round(rng.uniform(1.1, 3), 1), m2=round(rng.uniform(1.1, 3), 1),
            n=rng.randint(25, 90), d=round(rng.uniform(10, 70), 1), s=round(rng.uniform(1, 9), 1),
            k=rng.randint(2, 99), K=rng.randint(100, 999), c10=rng.randint(2, 5),
        ))
        parts.append("\n\n" if rng.random() < 0.6 else "")
    return "".join(parts) + "\n"


def main(count: int = 1000) -> None:
    rng = random.Random(20220401)
    catalog = load_catalog()
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(count):
            path = Path(tmp) / f"synthetic_{i:04d}.txt"
            path.write_text(release_text(rng, i), encoding="utf-8")
            paths.append(path)
        size = sum(p.stat().st_size for p in paths)
        extract_release(paths[0], catalog)  # warm-up: compiles the matchers and opencc once
        started, cpu_started = time.perf_counter(), time.process_time()
        rows = skipped = candidates = 0
        for path in paths:
            result = extract_release(path, catalog)
            rows += len(result.rows)
            skipped += len(result.skipped)
            candidates += len(result.candidates)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
    print(f"releases: {count} ({size / count / 1024:.1f} KiB each), rows: {rows}, candidates: {candidates}, "
          f"skipped numbers: {skipped}")
    print(f"time: {elapsed:.3f} s wall, {cpu:.3f} s CPU (wall includes waiting for the CPU on a busy machine)")
    print(f"releases/s: {count / elapsed:.0f}")
    print(f"rows/s: {rows / elapsed:.0f}")
    print(f"releases/s (CPU time): {count / cpu:.0f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
