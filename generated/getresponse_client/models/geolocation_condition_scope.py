from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class GeolocationConditionScope(StrEnum):
    CITY = "city"
    COUNTRY = "country"
    COUNTRY_CODE = "country_code"
    DMA_CODE = "dma_code"
    LATITUDE = "latitude"
    LONGITUDE = "longitude"
    POSTAL_CODE = "postal_code"
    REGION = "region"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GeolocationConditionScope | None":
        return unknown_enum_member(cls, value)
