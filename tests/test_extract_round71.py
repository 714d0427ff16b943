"""Round 71 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

import pytest

from tests.extract_support import read_as_test
from tests.extract_support import release_front as _front

# (body, front matter, the figure as written, the (region, year) it is read as)
READ_AS = [
    pytest.param("一、2024年计划执行情况\n2024年以来，西青区坚持落实“十项行动”，贯彻对天津工作的要求，发展质量稳步提升。"
                 "2024年地区生产总值增长5.1%，规上工业增加值增长4.2%。\n（一）京津冀协同发展成效显著\n引进北京资源落地项目80个。"
                 "与北京朝阳区签订合作协议。联手打造产业集群，京津冀生命健康集群入选工信部名单。\n", _front("一、2024年计划执行情况", "2025-02-10", 2025), "5.1%", ("xiqing", 2024),
                 id="a_paragraph_opening_on_its_place_after_a_year_is_about_that_place"),
]

test_read_as = read_as_test(READ_AS)
